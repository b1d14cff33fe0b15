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

package io.github.lifecyclesignals.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Composes the features' contributions into one view of the lifecycle, for the endpoint,
 * the meters and the {@code log-state} action. It only reads.
 *
 * @author lifecycle-signals maintainers
 */
public final class LifecycleStatus {

	private final ApplicationPhase phase;

	private final List<LifecycleContributor<?>> contributors;

	/**
	 * Creates the view.
	 * @param phase the application's phase
	 * @param contributors the active features' contributions, in display order
	 */
	public LifecycleStatus(ApplicationPhase phase, List<LifecycleContributor<?>> contributors) {
		this.phase = phase;
		this.contributors = List.copyOf(contributors);
	}

	/**
	 * The phase now, {@code REFRESHING} while a feature says so in a running application.
	 * @return the phase
	 */
	public LifecyclePhase phase() {
		LifecyclePhase phase = this.phase.phase();
		if (phase == LifecyclePhase.RUNNING) {
			for (LifecycleContributor<?> contributor : this.contributors) {
				LifecyclePhase activity = contributor.activity();
				if (activity != null) {
					return activity;
				}
			}
		}
		return phase;
	}

	/**
	 * When the application entered its phase.
	 * @return the time
	 */
	public Instant since() {
		return this.phase.since();
	}

	/**
	 * Describes one feature.
	 * @param <D> its description type
	 * @param type its description type
	 * @return the description, or {@code null} when that feature is not active
	 */
	public <D> @Nullable D describe(Class<D> type) {
		for (LifecycleContributor<?> contributor : this.contributors) {
			if (contributor.type() == type) {
				return type.cast(contributor.describe());
			}
		}
		return null;
	}

	/**
	 * Every feature's entries for the endpoint, after {@code state} and {@code since}.
	 * @return the entries, in order
	 */
	public Map<String, @Nullable Object> describeAll() {
		Map<String, @Nullable Object> entries = new LinkedHashMap<>();
		entries.put("state", phase().name());
		entries.put("since", since().toString());
		this.contributors.forEach((contributor) -> describeTo(contributor, entries));
		return entries;
	}

	/**
	 * Every feature's parts of the {@code log-state} line, after the phase.
	 * @return the parts, as {@code key=value}
	 */
	public List<String> summarize() {
		List<String> parts = new ArrayList<>();
		parts.add("phase=" + phase() + " since " + since());
		this.contributors.forEach((contributor) -> summarizeTo(contributor, parts));
		return parts;
	}

	private static <D> void describeTo(LifecycleContributor<D> contributor, Map<String, @Nullable Object> entries) {
		contributor.describeTo(contributor.describe(), entries);
	}

	private static <D> void summarizeTo(LifecycleContributor<D> contributor, List<String> parts) {
		contributor.summarizeTo(contributor.describe(), parts);
	}

}
