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

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.bootstrap.DefaultBootstrapContext;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ResourceLoader;

/**
 * A candidate configuration, loaded by Spring Boot's own config data processing into an
 * environment apart from the live one: {@code application.yml}/{@code .properties},
 * profile files, {@code spring.config.location}, {@code additional-location} and
 * {@code import}.
 *
 * @author lifecycle-signals maintainers
 * @since 0.1.0
 */
public final class CandidateEnvironment {

	/**
	 * Live property sources that are not config data and are carried into the candidate
	 * as they are: where {@code spring.config.*} and profiles come from.
	 */
	static final Set<String> BASE_SOURCES = Set.of("commandLineArgs", "systemProperties", "systemEnvironment",
			"defaultProperties");

	private final StandardEnvironment environment;

	private CandidateEnvironment(StandardEnvironment environment) {
		this.environment = environment;
	}

	/**
	 * Loads the candidate the way Spring Boot did at startup.
	 * @param live the live environment (not modified)
	 * @param resourceLoader the application's resource loader
	 * @return the candidate
	 * @throws CandidateRejectedException if a file does not load, naming the file and the
	 * parser's message
	 */
	public static CandidateEnvironment load(ConfigurableEnvironment live, ResourceLoader resourceLoader)
			throws CandidateRejectedException {
		StandardEnvironment candidate = new StandardEnvironment();
		MutablePropertySources sources = candidate.getPropertySources();
		// Start empty: StandardEnvironment adds its own system sources, the live ones
		// replace them.
		sources.stream().map(PropertySource::getName).toList().forEach(sources::remove);
		for (PropertySource<?> source : live.getPropertySources()) {
			if (BASE_SOURCES.contains(source.getName())) {
				sources.addLast(source);
			}
		}
		candidate.setConversionService(live.getConversionService());
		try {
			// The live profiles were settled at startup; a refresh reloads values, not
			// profiles.
			ConfigDataEnvironmentPostProcessor.applyTo(candidate, resourceLoader, new DefaultBootstrapContext(),
					List.of(live.getActiveProfiles()));
		}
		catch (RuntimeException ex) {
			throw new CandidateRejectedException(
					ConfigFileCheck.locate(live, resourceLoader) + LoadFailure.describe(ex));
		}
		return new CandidateEnvironment(candidate);
	}

	public StandardEnvironment environment() {
		return this.environment;
	}

	/**
	 * The config data property sources, highest precedence first.
	 * @return the sources
	 */
	List<PropertySource<?>> configDataSources() {
		return this.environment.getPropertySources()
			.stream()
			.filter((source) -> !BASE_SOURCES.contains(source.getName()))
			.toList();
	}

	/**
	 * Flattens property sources into one map, the first source winning, as the
	 * environment resolves them.
	 * @param sources the sources, highest precedence first
	 * @return property name to raw value
	 */
	static Map<String, Object> flatten(List<PropertySource<?>> sources) {
		Map<String, Object> properties = new LinkedHashMap<>();
		for (PropertySource<?> source : sources) {
			if (source instanceof EnumerablePropertySource<?> enumerable) {
				for (String name : enumerable.getPropertyNames()) {
					Object value = enumerable.getProperty(name);
					if (value != null) {
						properties.putIfAbsent(name, value);
					}
				}
			}
		}
		return properties;
	}

}
