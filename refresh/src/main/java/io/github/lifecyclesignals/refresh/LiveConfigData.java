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

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertySource;

/**
 * The config data property sources of the live environment, and swapping them for another
 * set in their place: between the sources above them (the command line, the system) and
 * those below ({@code @PropertySource} files, {@code defaultProperties}).
 *
 * @author lifecycle-signals maintainers
 */
final class LiveConfigData {

	/** Names Spring Boot gives the property sources its config data processing adds. */
	private static final List<String> CONFIG_DATA_NAME_PREFIXES = List.of("Config resource ", "Config tree ");

	private final ConfigurableEnvironment environment;

	LiveConfigData(ConfigurableEnvironment environment) {
		this.environment = environment;
	}

	static boolean isConfigData(PropertySource<?> source) {
		return CONFIG_DATA_NAME_PREFIXES.stream().anyMatch(source.getName()::startsWith);
	}

	List<PropertySource<?>> sources() {
		return this.environment.getPropertySources().stream().filter(LiveConfigData::isConfigData).toList();
	}

	/**
	 * Replaces the live config data sources with others, keeping their place in the
	 * order. Readers of the environment never see a key without a value that both sets
	 * have: a source the new set keeps is replaced in place in one step, a new one is
	 * added before an old one is removed.
	 * @param replacement the new sources, highest precedence first
	 */
	void replaceWith(List<PropertySource<?>> replacement) {
		MutablePropertySources live = this.environment.getPropertySources();
		List<PropertySource<?>> current = sources();
		String following = following(live);
		String insertBefore = current.isEmpty() ? following : current.get(0).getName();
		String previous = null;
		for (PropertySource<?> source : replacement) {
			if (live.contains(source.getName())) {
				live.replace(source.getName(), source);
			}
			else if (previous != null) {
				live.addAfter(previous, source);
			}
			else if (insertBefore != null) {
				live.addBefore(insertBefore, source);
			}
			else {
				live.addLast(source);
			}
			previous = source.getName();
		}
		Set<String> kept = new TreeSet<>(replacement.stream().map(PropertySource::getName).toList());
		current.stream().map(PropertySource::getName).filter((name) -> !kept.contains(name)).forEach(live::remove);
		if (!sources().stream()
			.map(PropertySource::getName)
			.toList()
			.equals(replacement.stream().map(PropertySource::getName).toList())) {
			// The new set reorders sources the old one had: put them in order, one by
			// one.
			replacement.forEach((source) -> live.remove(source.getName()));
			for (PropertySource<?> source : replacement) {
				if (following != null && live.contains(following)) {
					live.addBefore(following, source);
				}
				else {
					live.addLast(source);
				}
			}
		}
	}

	// The first source after the config data ones, or defaultProperties where there is no
	// config data.
	private static @Nullable String following(MutablePropertySources live) {
		boolean seenConfigData = false;
		for (PropertySource<?> source : live) {
			if (isConfigData(source)) {
				seenConfigData = true;
			}
			else if (seenConfigData) {
				return source.getName();
			}
		}
		return (!seenConfigData && live.contains("defaultProperties")) ? "defaultProperties" : null;
	}

	/**
	 * Names of the properties whose values differ between two sets of sources.
	 * @param before the sources now
	 * @param after the candidate sources
	 * @return the changed, added and removed names, sorted
	 */
	static Set<String> changedKeys(List<PropertySource<?>> before, List<PropertySource<?>> after) {
		Map<String, Object> old = CandidateEnvironment.flatten(before);
		Map<String, Object> now = CandidateEnvironment.flatten(after);
		Set<String> changed = new TreeSet<>();
		old.forEach((key, value) -> {
			if (!Objects.equals(String.valueOf(value), String.valueOf(now.get(key)))) {
				changed.add(key);
			}
		});
		now.keySet().stream().filter((key) -> !old.containsKey(key)).forEach(changed::add);
		return changed;
	}

}
