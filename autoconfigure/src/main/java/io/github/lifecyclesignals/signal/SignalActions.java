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

package io.github.lifecyclesignals.signal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

/**
 * Every action a signal can be mapped to, by name: the features' built-ins and the user's
 * {@link SignalAction} beans (by bean name; a user bean replaces a built-in of the same
 * name).
 *
 * @author lifecycle-signals maintainers
 * @since 0.1.0
 */
public final class SignalActions {

	/** Leave the JVM's own handler in place. */
	public static final String DEFAULT = "default";

	/** Bind the signal, record it, do nothing else. */
	public static final String IGNORE = "ignore";

	/** Log one line with the current lifecycle state. */
	public static final String LOG_STATE = "log-state";

	/**
	 * Names that are ours whether or not their feature is active, with what they need.
	 */
	private static final Map<String, String> BUILT_IN_REQUIREMENTS = Map.of("drain", "the drain feature", "stop",
			"the drain feature", "refresh", "spring-cloud-context on the class path and lifecycle.refresh.enabled");

	private final Map<String, SignalAction> actions;

	public SignalActions(List<BuiltInSignalAction> builtIns, Map<String, SignalAction> userActions) {
		Map<String, SignalAction> actions = new LinkedHashMap<>();
		actions.put(IGNORE, (signal) -> "ignored");
		builtIns.forEach((builtIn) -> actions.put(builtIn.name(), builtIn.action()));
		actions.putAll(userActions);
		this.actions = actions;
	}

	public @Nullable SignalAction find(String name) {
		return this.actions.get(name);
	}

	/**
	 * Every name that is valid in configuration.
	 * @return the names, sorted
	 */
	public Set<String> names() {
		Set<String> names = new TreeSet<>(this.actions.keySet());
		names.add(DEFAULT);
		return names;
	}

	/**
	 * Why a built-in action is not available, for names that are ours but whose feature
	 * is off.
	 * @param name the action name
	 * @return what it needs, or {@code null} if the name is not a built-in
	 */
	public @Nullable String missingRequirement(String name) {
		return this.actions.containsKey(name) ? null : BUILT_IN_REQUIREMENTS.get(name);
	}

}
