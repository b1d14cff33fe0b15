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

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationPropertiesBean;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;

/**
 * The {@code @ConfigurationProperties} beans a change can affect: those whose prefix
 * contains a changed key or lies under one, the keys given including those that use a
 * changed key in a placeholder ({@link PlaceholderUsers}). The others bind to what they
 * bound to at startup, so a refresh neither validates nor re-binds them, which keeps it
 * quick in an application with dozens of such beans.
 *
 * @author lifecycle-signals maintainers
 */
final class AffectedBeans {

	private AffectedBeans() {
	}

	static Map<String, ConfigurationPropertiesBean> of(Map<String, ConfigurationPropertiesBean> all,
			Collection<String> changedKeys) {
		// Indexed by the first element, so that a huge change compares each key with the
		// few beans under the same root only.
		Map<String, List<ConfigurationPropertyName>> changedByRoot = new HashMap<>();
		for (String key : changedKeys) {
			ConfigurationPropertyName name = ConfigurationPropertyName.adapt(key, '.');
			if (!name.isEmpty()) {
				changedByRoot.computeIfAbsent(root(name), (root) -> new ArrayList<>()).add(name);
			}
		}
		Map<String, ConfigurationPropertiesBean> affected = new LinkedHashMap<>();
		all.forEach((beanName, bean) -> {
			ConfigurationPropertyName prefix = ConfigurationPropertyName.adapt(bean.getAnnotation().prefix(), '.');
			boolean overlaps = prefix.isEmpty() ? !changedByRoot.isEmpty()
					: changedByRoot.getOrDefault(root(prefix), List.of())
						.stream()
						.anyMatch((key) -> prefix.equals(key) || prefix.isAncestorOf(key) || key.isAncestorOf(prefix));
			if (overlaps) {
				affected.put(beanName, bean);
			}
		});
		return affected;
	}

	private static String root(ConfigurationPropertyName name) {
		return name.getElement(0, ConfigurationPropertyName.Form.UNIFORM);
	}

}
