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
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Keys read only while the application starts, whatever reads them later: a refresh
 * changes them in the environment, and they take effect at the next start. Spring Boot's
 * own properties classes are recognised by their package; these are the keys no
 * properties class binds, or that are read before any bean exists.
 *
 * @author lifecycle-signals maintainers
 * @since 0.1.0
 */
final class StartupOnlyKeys {

	/**
	 * Prefixes read at startup: the server and its port, profiles and config locations,
	 * {@code SpringApplication}'s settings, the data source, the logging system (log
	 * levels aside), and lifecycle-signals' own settings.
	 */
	public static final List<String> DEFAULTS = List.of("server", "management.server", "management.endpoints",
			"management.endpoint", "spring.main", "spring.profiles", "spring.config", "spring.application.name",
			"spring.datasource", "spring.cloud.refresh", "logging", "debug", "trace", "lifecycle");

	private final List<String> prefixes;

	/**
	 * Creates the list: the defaults and the user's own.
	 * @param additional prefixes the user declared
	 * ({@code lifecycle.refresh.startup-only-keys})
	 */
	StartupOnlyKeys(Collection<String> additional) {
		List<String> prefixes = new ArrayList<>(DEFAULTS);
		additional.stream().map(String::trim).filter((prefix) -> !prefix.isEmpty()).forEach(prefixes::add);
		this.prefixes = List.copyOf(prefixes);
	}

	/**
	 * The prefix under which a key is read only at startup.
	 * @param key the key
	 * @return the prefix, or {@code null} if the key is not one of them
	 */
	@Nullable String prefixOf(String key) {
		for (String prefix : this.prefixes) {
			if (key.equals(prefix) || key.startsWith(prefix + ".") || key.startsWith(prefix + "[")) {
				return prefix;
			}
		}
		return null;
	}

}
