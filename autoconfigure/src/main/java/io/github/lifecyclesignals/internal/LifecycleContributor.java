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

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A feature's part of the read side: its description under its own name in the
 * {@code lifecycle} endpoint, and its part of the {@code log-state} line. Each feature's
 * auto-configuration defines one, which reads that feature's status and writes nothing;
 * the endpoint, the meters and {@code log-state} compose them, in the spirit of Spring
 * Boot's {@code InfoContributor}s.
 *
 * @param <D> the feature's description type
 * @author lifecycle-signals maintainers
 */
public interface LifecycleContributor<D> {

	/**
	 * The feature's name: its key in the endpoint's JSON, for example {@code drain}.
	 * @return the name
	 */
	String name();

	/**
	 * The feature's description type.
	 * @return the type
	 */
	Class<D> type();

	/**
	 * Describes the feature now.
	 * @return a read-only description
	 */
	D describe();

	/**
	 * Adds the feature's entries to the endpoint's: by default its description under its
	 * name.
	 * @param description the given description of this feature
	 * @param entries the endpoint's entries, in order
	 */
	default void describeTo(D description, Map<String, @Nullable Object> entries) {
		entries.put(name(), description);
	}

	/**
	 * Adds the feature's parts to the {@code log-state} line, as {@code key=value}.
	 * @param description the given description of this feature
	 * @param parts the line's parts, in order
	 */
	void summarizeTo(D description, List<String> parts);

	/**
	 * What the feature is doing that the application's state shows instead of
	 * {@link LifecyclePhase#RUNNING}, for example {@link LifecyclePhase#REFRESHING}.
	 * @return the phase, or {@code null} when idle
	 */
	default @Nullable LifecyclePhase activity() {
		return null;
	}

}
