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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.config.ConfigDataEnvironmentUpdateListener;
import org.springframework.boot.context.config.ConfigDataLocation;
import org.springframework.boot.context.config.ConfigDataResource;
import org.springframework.boot.context.config.Profiles;
import org.springframework.boot.context.config.StandardConfigDataResource;
import org.springframework.core.env.PropertySource;

/**
 * What one run of the environment pipeline produced: the property sources its
 * post-processors added (config data, {@code random}, {@code spring.application.json},
 * decrypted {@code {cipher}} values, an application's own), highest precedence first, the
 * order of every source of the environment it ran on, and, for each config data source,
 * the location and the file Spring Boot reported loading it from.
 *
 * @author lifecycle-signals maintainers
 */
final class LoadedConfiguration {

	/** Nothing loaded yet. */
	static final LoadedConfiguration NONE = new LoadedConfiguration(List.of(), List.of(), Map.of());

	private final List<String> order;

	private final List<PropertySource<?>> produced;

	private final Map<String, ConfigDataOrigin> configData;

	LoadedConfiguration(List<String> order, List<PropertySource<?>> produced,
			Map<String, ConfigDataOrigin> configData) {
		this.order = List.copyOf(order);
		this.produced = List.copyOf(produced);
		this.configData = Map.copyOf(configData);
	}

	/**
	 * The names of every source of the environment the pipeline ran on, highest
	 * precedence first: where each produced source belongs among the others.
	 * @return the names
	 */
	List<String> order() {
		return this.order;
	}

	/**
	 * The sources the post-processors added, highest precedence first.
	 * @return the sources
	 */
	List<PropertySource<?>> produced() {
		return this.produced;
	}

	Set<String> producedNames() {
		Set<String> names = new LinkedHashSet<>();
		this.produced.forEach((source) -> names.add(source.getName()));
		return names;
	}

	/**
	 * The config data sources among those produced, highest precedence first.
	 * @return the sources
	 */
	List<PropertySource<?>> configData() {
		return this.produced.stream().filter((source) -> this.configData.containsKey(source.getName())).toList();
	}

	boolean isConfigData(String sourceName) {
		return this.configData.containsKey(sourceName);
	}

	/**
	 * Where each config data source came from, by source name, highest precedence first.
	 * @return the origins
	 */
	Map<String, ConfigDataOrigin> configDataOrigins() {
		Map<String, ConfigDataOrigin> origins = new LinkedHashMap<>();
		for (PropertySource<?> source : configData()) {
			origins.put(source.getName(), this.configData.get(source.getName()));
		}
		return origins;
	}

	/**
	 * Where a config data source came from, as Spring Boot reported it.
	 *
	 * @param location the location it was found through, for example
	 * {@code optional:file:./config/}
	 * @param optional whether the location is optional
	 * @param file the file it was read from, {@code null} when it is not a file of the
	 * file system (a class path resource in an archive, a config tree)
	 */
	record ConfigDataOrigin(String location, boolean optional, @Nullable String file) {

	}

	/**
	 * Collects where each config data source comes from while the pipeline runs.
	 */
	static final class ConfigDataSources implements ConfigDataEnvironmentUpdateListener {

		private final Map<String, ConfigDataOrigin> origins = new LinkedHashMap<>();

		private @Nullable List<String> acceptedProfiles;

		@Override
		public void onSetProfiles(Profiles profiles) {
			this.acceptedProfiles = List.copyOf(profiles.getAccepted());
		}

		@Override
		public void onPropertySourceAdded(PropertySource<?> propertySource, @Nullable ConfigDataLocation location,
				@Nullable ConfigDataResource resource) {
			String file = (resource instanceof StandardConfigDataResource standard)
					? ConfigFiles.path(standard.getResource()) : null;
			this.origins.put(propertySource.getName(), new ConfigDataOrigin(
					(location != null) ? location.toString() : "", location != null && location.isOptional(), file));
		}

		Map<String, ConfigDataOrigin> origins() {
			return this.origins;
		}

		/**
		 * The profiles whose documents the run loaded: the active ones, or the default
		 * ones when none is active.
		 * @return the profiles, or {@code null} if config data did not run
		 */
		@Nullable List<String> acceptedProfiles() {
			return this.acceptedProfiles;
		}

	}

}
