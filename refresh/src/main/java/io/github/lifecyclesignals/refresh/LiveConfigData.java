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
 * The property sources of the live environment that the environment pipeline produced,
 * and swapping them for another set, each where the pipeline put it among the sources it
 * did not produce (the command line, the system, {@code @PropertySource} files,
 * {@code defaultProperties}), as Spring Cloud's refresh does.
 *
 * @author lifecycle-signals maintainers
 */
final class LiveConfigData {

	private final ConfigurableEnvironment environment;

	LiveConfigData(ConfigurableEnvironment environment) {
		this.environment = environment;
	}

	/**
	 * The live sources with some names, in the environment's order.
	 * @param names the names
	 * @return the sources
	 */
	List<PropertySource<?>> sources(Collection<String> names) {
		return this.environment.getPropertySources()
			.stream()
			.filter((source) -> names.contains(source.getName()))
			.toList();
	}

	/**
	 * Every live source, in order.
	 * @return the sources
	 */
	List<PropertySource<?>> all() {
		return this.environment.getPropertySources().stream().toList();
	}

	/**
	 * Puts a set of produced sources in place of the live ones. Readers of the
	 * environment never see a key without a value that both sets have: a source the new
	 * set keeps is replaced in place in one step, a new one is added before an old one is
	 * removed.
	 * @param order every source name of the environment the set was produced in, highest
	 * precedence first: where each source of the set goes among the others
	 * @param replacement the new sources, highest precedence first
	 * @param previous the names of the live sources the set replaces
	 */
	void replaceWith(List<String> order, List<PropertySource<?>> replacement, Collection<String> previous) {
		MutablePropertySources live = this.environment.getPropertySources();
		Map<String, PropertySource<?>> byName = new HashMap<>();
		replacement.forEach((source) -> byName.put(source.getName(), source));
		String anchor = null;
		for (String name : order) {
			PropertySource<?> source = byName.get(name);
			if (source == null) {
				if (live.contains(name)) {
					anchor = name;
				}
				continue;
			}
			if (live.contains(name)) {
				live.replace(name, source);
			}
			else if (anchor != null) {
				live.addAfter(anchor, source);
			}
			else {
				live.addFirst(source);
			}
			anchor = name;
		}
		Set<String> kept = byName.keySet();
		previous.stream().filter((name) -> !kept.contains(name)).forEach(live::remove);
		if (!inOrder(live, order, kept)) {
			// The new set reorders sources the old one had: put them in order, one by
			// one.
			for (String name : order) {
				PropertySource<?> source = byName.get(name);
				if (source != null) {
					live.remove(name);
				}
			}
			replaceWith(order, replacement, List.of());
		}
	}

	// Whether the sources of a set appear in the live environment in the set's order.
	private static boolean inOrder(MutablePropertySources live, List<String> order, Set<String> names) {
		List<String> actual = new ArrayList<>();
		live.forEach((source) -> {
			if (names.contains(source.getName())) {
				actual.add(source.getName());
			}
		});
		return actual.equals(order.stream().filter(names::contains).toList());
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

	/**
	 * Whether two sources hold the same keys and raw values.
	 * @param one a source
	 * @param other another, or {@code null}
	 * @return whether they do
	 */
	static boolean sameContent(PropertySource<?> one, @Nullable PropertySource<?> other) {
		return other != null && changedKeys(List.of(one), List.of(other)).isEmpty()
				&& one.getClass() == other.getClass();
	}

}
