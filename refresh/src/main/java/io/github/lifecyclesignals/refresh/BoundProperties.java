/*
 * Copyright 2026-present the original author or authors.
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *      https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

package io.github.lifecyclesignals.refresh;

import java.util.HashSet;
import java.util.Set;

import org.springframework.boot.context.properties.source.ConfigurationPropertyName;

/**
 * The property names a {@code @ConfigurationProperties} bean bound: each value, and each
 * map, collection or array, whose entries are bound through it.
 *
 * @author lifecycle-signals maintainers
 */
final class BoundProperties {

	private final Set<ConfigurationPropertyName> values = new HashSet<>();

	private final Set<ConfigurationPropertyName> containers = new HashSet<>();

	void value(ConfigurationPropertyName name) {
		this.values.add(name);
	}

	void container(ConfigurationPropertyName name) {
		this.containers.add(name);
	}

	void addAll(BoundProperties other) {
		this.values.addAll(other.values);
		this.containers.addAll(other.containers);
	}

	/**
	 * Whether a key was bound: as a value, or as an entry of a bound map or collection.
	 * @param name the key
	 * @return whether the bean reads it
	 */
	boolean binds(ConfigurationPropertyName name) {
		if (this.values.contains(name) || this.containers.contains(name)) {
			return true;
		}
		for (ConfigurationPropertyName parent = name.getParent(); !parent.isEmpty(); parent = parent.getParent()) {
			if (this.containers.contains(parent)) {
				return true;
			}
		}
		return false;
	}

}
