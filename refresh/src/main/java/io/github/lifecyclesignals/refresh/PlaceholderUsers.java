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

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.core.env.PropertySource;
import org.springframework.util.PropertyPlaceholderHelper;
import org.springframework.util.SystemPropertyUtils;

/**
 * Which properties use a key inside a {@code ${...}} placeholder of their value, directly
 * or through others ({@code a=${b}}, {@code b=${c}}: {@code a} uses {@code b} and
 * {@code c}), nested ones ({@code ${db.${env}.url}}) and defaults ({@code ${x:${y}}})
 * included. A key read only that way is in effect wherever its users are: a changed
 * {@code database} used by {@code spring.sql.init.schema-locations=db/${database}/...}
 * needs a restart as that property does.
 *
 * @author lifecycle-signals maintainers
 */
final class PlaceholderUsers {

	private static final PropertyPlaceholderHelper HELPER = new PropertyPlaceholderHelper(
			SystemPropertyUtils.PLACEHOLDER_PREFIX, SystemPropertyUtils.PLACEHOLDER_SUFFIX,
			SystemPropertyUtils.VALUE_SEPARATOR, null, true);

	private final Map<ConfigurationPropertyName, Set<String>> users;

	private PlaceholderUsers(Map<ConfigurationPropertyName, Set<String>> users) {
		this.users = users;
	}

	/**
	 * Finds the users of every key in some property sources.
	 * @param sources the sources, highest precedence first
	 * @return the users
	 */
	static PlaceholderUsers in(List<PropertySource<?>> sources) {
		Map<String, Object> properties = CandidateEnvironment.flatten(sources);
		Map<ConfigurationPropertyName, Set<String>> users = new HashMap<>();
		properties.forEach((user, value) -> {
			String text = String.valueOf(value);
			if (!text.contains(SystemPropertyUtils.PLACEHOLDER_PREFIX)) {
				return;
			}
			Set<String> used = new LinkedHashSet<>();
			try {
				HELPER.replacePlaceholders(text, (name) -> {
					used.add(name);
					return rawValue(sources, name);
				});
			}
			catch (IllegalArgumentException ex) {
				// A circular reference: what it got to before is still used.
			}
			for (String name : used) {
				if (!name.equals(user)) {
					users.computeIfAbsent(normalized(name), (key) -> new TreeSet<>()).add(user);
				}
			}
		});
		return new PlaceholderUsers(users);
	}

	/**
	 * The properties that use a key in a placeholder.
	 * @param key the key
	 * @return their names, sorted
	 */
	Set<String> of(String key) {
		return this.users.getOrDefault(normalized(key), Set.of());
	}

	/**
	 * The properties that use any of some keys in a placeholder.
	 * @param keys the keys
	 * @return their names
	 */
	Set<String> ofAny(Collection<String> keys) {
		Set<String> all = new TreeSet<>();
		keys.forEach((key) -> all.addAll(of(key)));
		return all;
	}

	private static @Nullable String rawValue(List<PropertySource<?>> sources, String name) {
		for (PropertySource<?> source : sources) {
			Object value = source.getProperty(name);
			if (value != null) {
				return String.valueOf(value);
			}
		}
		return null;
	}

	// A placeholder names a key as written; Spring Boot resolves it relaxed, and names
	// that are equal relaxed are equal here.
	private static ConfigurationPropertyName normalized(String name) {
		return ConfigurationPropertyName.adapt(name, '.');
	}

}
