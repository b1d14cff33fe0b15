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

package io.github.lifecyclesignals.support;

import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;

import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;

/**
 * Records every {@code lifecycle.*} property an application asks its environment for,
 * whether through {@code Environment.getProperty}, a condition or the binder of a
 * {@code @ConfigurationProperties} class. Added first, it sees every lookup; it holds no
 * value, so it changes nothing.
 */
public final class PropertyReads extends PropertySource<Object> {

	private final Set<String> names = ConcurrentHashMap.newKeySet();

	public PropertyReads() {
		super("lifecyclePropertyReads", new Object());
	}

	/**
	 * Adds a recorder to an environment, before every other source.
	 * @param environment the environment
	 * @return the recorder
	 */
	public static PropertyReads recordIn(ConfigurableEnvironment environment) {
		PropertyReads reads = new PropertyReads();
		environment.getPropertySources().addFirst(reads);
		return reads;
	}

	@Override
	public @Nullable Object getProperty(String name) {
		if (name.startsWith("lifecycle.") || name.equals("lifecycle")) {
			this.names.add(name);
		}
		return null;
	}

	/**
	 * The names asked for so far.
	 * @return the names, sorted
	 */
	public Set<String> names() {
		return new TreeSet<>(this.names);
	}

}
