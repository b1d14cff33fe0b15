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
import java.util.Arrays;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.lifecyclesignals.refresh.LoadedConfiguration.ConfigDataOrigin;
import io.github.lifecyclesignals.refresh.LoadedConfiguration.ConfigDataSources;
import org.jspecify.annotations.Nullable;

import org.springframework.core.env.CommandLinePropertySource;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ResourceLoader;
import org.springframework.util.unit.DataSize;

/**
 * A candidate configuration: what the application's environment pipeline produces now,
 * run as at startup ({@link EnvironmentPipeline}) on an environment that holds only what
 * the application's held when the pipeline first ran (the command line, the system
 * properties and environment, {@code defaultProperties}) and the live profiles, which
 * were settled at startup; and the environment the application would have if it were
 * applied: every live source in its place ({@code @PropertySource} files, sources added
 * since), with the produced ones swapped. That is what gets validated.
 *
 * @author lifecycle-signals maintainers
 */
final class CandidateEnvironment {

	/**
	 * Spring Boot's view over all the others; copying it would read the live sources.
	 */
	static final String ATTACHED_SOURCE = "configurationProperties";

	/** Holds the live profiles while the candidate loads. */
	private static final String PROFILES_SOURCE = "lifecycleRefreshProfiles";

	private static final String DEFAULT_PROPERTIES = "defaultProperties";

	/**
	 * What the application's environment held when its post-processors ran at startup, in
	 * Spring Boot's order.
	 */
	private static final List<String> STARTUP_SOURCES = List.of(
			CommandLinePropertySource.COMMAND_LINE_PROPERTY_SOURCE_NAME,
			StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME,
			StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, DEFAULT_PROPERTIES);

	/**
	 * Sources a post-processor may wrap or re-create without their content coming from
	 * the configuration: never swapped into the live environment.
	 */
	private static final Set<String> NEVER_PRODUCED = Set.of(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME,
			StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, ATTACHED_SOURCE, PROFILES_SOURCE);

	private final LoadedConfiguration loaded;

	private final StandardEnvironment view;

	private CandidateEnvironment(LoadedConfiguration loaded, StandardEnvironment view) {
		this.loaded = loaded;
		this.view = view;
	}

	/**
	 * Loads the candidate the way Spring Boot did at startup.
	 * @param live the live environment (not modified)
	 * @param pipeline the application's environment pipeline
	 * @param resourceLoader what loads config data
	 * @param liveProduced the names of the live sources the pipeline produced, which the
	 * candidate's replace
	 * @param liveFiles the files the live configuration was read from, to name the one
	 * that no longer parses
	 * @param maxFileSize the largest file to read, or {@code null} for no bound
	 * @return the candidate
	 * @throws CandidateRejectedException if a file is larger than the bound or the
	 * pipeline fails, naming the file that does not parse, if one does not
	 */
	static CandidateEnvironment load(ConfigurableEnvironment live, EnvironmentPipeline pipeline,
			ResourceLoader resourceLoader, Collection<String> liveProduced, Collection<String> liveFiles,
			@Nullable DataSize maxFileSize) throws CandidateRejectedException {
		if (maxFileSize != null) {
			// Before anything parses: a parser takes minutes over a huge file, and every
			// later refresh would queue behind it.
			FileTooLargeException tooLarge = FileTooLargeException.among(liveFiles, maxFileSize);
			if (tooLarge != null) {
				throw new CandidateRejectedException(tooLarge.reason());
			}
			resourceLoader = new SizeBoundResources(resourceLoader, maxFileSize);
		}
		StandardEnvironment loading = emptyLike(live);
		MutablePropertySources sources = loading.getPropertySources();
		Map<PropertySource<?>, Boolean> seeded = new IdentityHashMap<>();
		for (String name : STARTUP_SOURCES) {
			PropertySource<?> source = live.getPropertySources().get(name);
			if (source != null) {
				// A post-processor may merge into defaultProperties: never into the live
				// one.
				PropertySource<?> seed = (DEFAULT_PROPERTIES.equals(name) && source instanceof MapPropertySource map)
						? new MapPropertySource(name, new LinkedHashMap<>(map.getSource())) : source;
				sources.addLast(seed);
				seeded.put(seed, true);
			}
		}
		// Profiles were settled at startup: a file cannot activate others on a refresh
		// (their files would load while the active profiles stay as they are).
		Map<String, Object> profiles = new LinkedHashMap<>();
		profiles.put("spring.profiles.active", String.join(",", live.getActiveProfiles()));
		profiles.put("spring.profiles.include", "");
		sources.addFirst(new MapPropertySource(PROFILES_SOURCE, profiles));
		ConfigDataSources configData = new ConfigDataSources();
		try {
			pipeline.run(loading, resourceLoader, configData);
		}
		catch (RuntimeException | StackOverflowError ex) {
			FileTooLargeException tooLarge = FileTooLargeException.in(ex);
			if (tooLarge != null) {
				throw new CandidateRejectedException(tooLarge.reason());
			}
			String file = ConfigFiles.unparsable(liveFiles, resourceLoader);
			throw new CandidateRejectedException(
					((file != null) ? "file " + file + ": " : "") + LoadFailure.describe(ex));
		}
		sources.remove(PROFILES_SOURCE);
		rejectNewProfiles(live, configData.acceptedProfiles());
		List<String> order = new ArrayList<>();
		List<PropertySource<?>> produced = new ArrayList<>();
		for (PropertySource<?> source : sources) {
			order.add(source.getName());
			if (isProduced(source, seeded, live)) {
				produced.add(source);
			}
		}
		Map<String, ConfigDataOrigin> origins = new LinkedHashMap<>(configData.origins());
		origins.keySet().retainAll(produced.stream().map(PropertySource::getName).toList());
		LoadedConfiguration loaded = new LoadedConfiguration(order, produced, origins);
		return new CandidateEnvironment(loaded, view(live, loaded, liveProduced));
	}

	// The live profiles hold spring.profiles.active above the files, but Spring Boot
	// reads
	// spring.profiles.include from each file on its own, and groups and defaults from all
	// of them: a file can still bring a profile in, and its documents load while the live
	// profiles, and the beans they chose, stay as they are. Such a candidate matches no
	// application that could have started, so none of it applies. Profile names are
	// values: the reason names the keys only.
	private static void rejectNewProfiles(ConfigurableEnvironment live, @Nullable List<String> accepted)
			throws CandidateRejectedException {
		if (accepted == null) {
			return;
		}
		String[] active = live.getActiveProfiles();
		List<String> liveAccepted = Arrays.asList((active.length > 0) ? active : live.getDefaultProfiles());
		if (!liveAccepted.containsAll(accepted)) {
			throw new CandidateRejectedException("the files would activate a profile the application did not start "
					+ "with (spring.profiles.include, spring.profiles.group or spring.profiles.default): profiles are "
					+ "settled at startup, a restart applies them");
		}
	}

	private static boolean isProduced(PropertySource<?> source, Map<PropertySource<?>, Boolean> seeded,
			ConfigurableEnvironment live) {
		if (NEVER_PRODUCED.contains(source.getName())) {
			return false;
		}
		if (seeded.containsKey(source)) {
			// Untouched, or merged into: the live defaultProperties stay unless their
			// content changed.
			return DEFAULT_PROPERTIES.equals(source.getName())
					&& !LiveConfigData.sameContent(source, live.getPropertySources().get(source.getName()));
		}
		return true;
	}

	private static StandardEnvironment view(ConfigurableEnvironment live, LoadedConfiguration loaded,
			Collection<String> liveProduced) {
		StandardEnvironment view = emptyLike(live);
		for (PropertySource<?> source : live.getPropertySources()) {
			if (!ATTACHED_SOURCE.equals(source.getName())) {
				view.getPropertySources().addLast(source);
			}
		}
		new LiveConfigData(view).replaceWith(loaded.order(), loaded.produced(), liveProduced);
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
	 * What the pipeline produced.
	 * @return the loaded configuration
	 */
	LoadedConfiguration loaded() {
		return this.loaded;
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
