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

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The signals to bind and their actions, resolved from configuration and checked before
 * anything is bound: a typo must fail startup, not leave a signal silently unhandled.
 *
 * @param entries one entry per configured signal
 * @author lifecycle-signals maintainers
 * @since 0.1.0
 */
public record SignalPlan(List<Entry> entries) {

	/** Property that holds the mapping, for error messages. */
	public static final String PROPERTY = "lifecycle.signals";

	/**
	 * Resolves the configured mapping over the defaults.
	 * @param defaults the built-in mapping; an entry whose action is not available is
	 * left to the JVM
	 * @param configured the user's mapping; an unknown signal or action fails
	 * @param actions the available actions
	 * @return the plan
	 * @throws InvalidSignalConfigurationException if a configured name is unknown
	 */
	public static SignalPlan resolve(Map<String, String> defaults, Map<String, String> configured,
			SignalActions actions) {
		Map<String, Entry> entries = new LinkedHashMap<>();
		defaults.forEach((signal, action) -> entries.put(signal, entry(signal, action, actions)));
		configured.forEach((key, value) -> {
			String signal = SignalNames.normalize(key);
			if (signal == null) {
				throw new InvalidSignalConfigurationException(PROPERTY + "." + key, value,
						"'" + key + "' is not a signal name", SignalNames.KNOWN);
			}
			String action = value.trim();
			Entry entry = entry(signal, action, actions);
			if (entry.action() == null && !SignalActions.DEFAULT.equals(action)) {
				String needs = actions.missingRequirement(action);
				String problem = (needs != null) ? "action '" + action + "' needs " + needs
						: "no action is named '" + action + "'";
				throw new InvalidSignalConfigurationException(PROPERTY + "." + key, value, problem, actions.names());
			}
			entries.put(signal, entry);
		});
		return new SignalPlan(List.copyOf(new ArrayList<>(entries.values())));
	}

	private static Entry entry(String signal, String actionName, SignalActions actions) {
		if (SignalActions.DEFAULT.equals(actionName)) {
			return new Entry(signal, actionName, null, null);
		}
		SignalAction action = actions.find(actionName);
		String unavailable = (action != null) ? null
				: "action '" + actionName + "' not available, needs " + actions.missingRequirement(actionName);
		return new Entry(signal, actionName, action, unavailable);
	}

	/**
	 * One signal's resolved mapping.
	 *
	 * @param signal the normalized signal name
	 * @param actionName the configured action name
	 * @param action the action, or {@code null} to leave the JVM's handler in place
	 * @param reasonLeftToJvm why an action that should exist does not, or {@code null}
	 */
	public record Entry(String signal, String actionName, @Nullable SignalAction action,
			@Nullable String reasonLeftToJvm) {

	}

}
