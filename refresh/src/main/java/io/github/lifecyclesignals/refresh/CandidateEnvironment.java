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

import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ResourceLoader;

/**
 * A candidate configuration, loaded by Spring Boot's own config data processing apart
 * from the live environment ({@code application.yml}/{@code .properties}, profile files,
 * {@code spring.config.location}, {@code additional-location} and {@code import}), and
 * the environment the application would have if it were applied: every live source in its
 * place ({@code @PropertySource} files, {@code random}, {@code SPRING_APPLICATION_JSON},
 * the command line), with the config data swapped. That is what gets validated.
 *
 * @author lifecycle-signals maintainers
 */
final class CandidateEnvironment {

	/**
	 * Spring Boot's view over all the others; copying it would read the live sources.
	 */
	private static final String ATTACHED_SOURCE = "configurationProperties";

	/** Holds the live profiles while the candidate loads. */
	private static final String PROFILES_SOURCE = "lifecycleRefreshProfiles";

	private final List<PropertySource<?>> configData;

	private final StandardEnvironment view;

	private CandidateEnvironment(List<PropertySource<?>> configData, StandardEnvironment view) {
		this.configData = configData;
		this.view = view;
	}

	/**
	 * Loads the candidate the way Spring Boot did at startup.
	 * @param live the live environment (not modified)
	 * @param resourceLoader the application's resource loader
	 * @return the candidate
	 * @throws CandidateRejectedException if a file does not load, naming the file and the
	 * parser's message
	 */
	static CandidateEnvironment load(ConfigurableEnvironment live, ResourceLoader resourceLoader)
			throws CandidateRejectedException {
		StandardEnvironment loading = emptyLike(live);
		for (PropertySource<?> source : live.getPropertySources()) {
			if (!LiveConfigData.isConfigData(source) && !ATTACHED_SOURCE.equals(source.getName())) {
				loading.getPropertySources().addLast(source);
			}
		}
		// Profiles were settled at startup: a file cannot activate others on a refresh
		// (their files would load while the active profiles stay as they are).
		Map<String, Object> profiles = new LinkedHashMap<>();
		profiles.put("spring.profiles.active", String.join(",", live.getActiveProfiles()));
		profiles.put("spring.profiles.include", "");
		loading.getPropertySources().addFirst(new MapPropertySource(PROFILES_SOURCE, profiles));
		try {
			ConfigDataLoading.apply(loading, resourceLoader);
		}
		catch (RuntimeException | StackOverflowError ex) {
			String file = ConfigFiles.unparsable(new LiveConfigData(live).sources(), resourceLoader);
			throw new CandidateRejectedException(
					((file != null) ? "file " + file + ": " : "") + LoadFailure.describe(ex));
		}
		List<PropertySource<?>> configData = loading.getPropertySources()
			.stream()
			.filter(LiveConfigData::isConfigData)
			.toList();
		return new CandidateEnvironment(configData, view(live, configData));
	}

	private static StandardEnvironment view(ConfigurableEnvironment live, List<PropertySource<?>> configData) {
		StandardEnvironment view = emptyLike(live);
		MutablePropertySources sources = view.getPropertySources();
		boolean swapped = false;
		for (PropertySource<?> source : live.getPropertySources()) {
			if (LiveConfigData.isConfigData(source)) {
				if (!swapped) {
					configData.forEach(sources::addLast);
					swapped = true;
				}
			}
			else if (!ATTACHED_SOURCE.equals(source.getName())) {
				sources.addLast(source);
			}
		}
		if (!swapped) {
			// No config data was live: the candidate's goes where Boot puts it.
			String anchor = sources.contains("defaultProperties") ? "defaultProperties" : null;
			for (PropertySource<?> source : configData) {
				if (anchor != null) {
					sources.addBefore(anchor, source);
				}
				else {
					sources.addLast(source);
				}
			}
		}
		return view;
	}

	private static StandardEnvironment emptyLike(ConfigurableEnvironment live) {
		StandardEnvironment environment = new StandardEnvironment();
		MutablePropertySources sources = environment.getPropertySources();
		// StandardEnvironment adds its own system sources; the live ones replace them.
		sources.stream().map(PropertySource::getName).toList().forEach(sources::remove);
		environment.setConversionService(live.getConversionService());
		return environment;
	}

	/**
	 * The candidate's config data sources, highest precedence first.
	 * @return the sources
	 */
	List<PropertySource<?>> configData() {
		return this.configData;
	}

	/**
	 * The environment the application would have with the candidate applied.
	 * @return the environment
	 */
	StandardEnvironment view() {
		return this.view;
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
