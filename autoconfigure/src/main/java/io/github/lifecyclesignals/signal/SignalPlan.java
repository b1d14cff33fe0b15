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

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.lifecyclesignals.internal.BuiltInAction;
import io.github.lifecyclesignals.internal.BuiltInActionHandler;
import io.github.lifecyclesignals.internal.SignalNames;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;

/**
 * The signals to bind and their actions, resolved from configuration and checked before
 * anything is bound: a typo must fail startup, not leave a signal silently unhandled.
 *
 * @param entries one entry per configured signal
 * @author lifecycle-signals maintainers
 * @since 0.1.0
 */
record SignalPlan(List<Entry> entries) {

	/** Property that holds the mapping, for error messages. */
	static final String PROPERTY = LifecycleSignalsProperties.PREFIX + ".signals";

	/**
	 * Signal actions that apply unless {@code lifecycle.signals} maps the signal
	 * otherwise.
	 */
	static final Map<String, String> DEFAULTS = defaults();

	private static Map<String, String> defaults() {
		Map<String, String> defaults = new LinkedHashMap<>();
		defaults.put("TERM", "drain");
		defaults.put("INT", "stop");
		defaults.put("HUP", "refresh");
		return Collections.unmodifiableMap(defaults);
	}

	/**
	 * Resolves the configured mapping over the defaults.
	 * @param defaults the built-in mapping; an entry whose action is not available is
	 * left to the JVM
	 * @param configured the user's mapping; an unknown signal or action fails
	 * @param actions the available actions
	 * @return the plan
	 * @throws InvalidConfigurationPropertyValueException if a configured name is unknown
	 */
	static SignalPlan resolve(Map<String, String> defaults, Map<String, String> configured, SignalActions actions) {
		Map<String, Entry> entries = new LinkedHashMap<>();
		defaults.forEach((signal, action) -> entries.put(signal, entry(signal, action, false, actions)));
		configured.forEach((key, value) -> {
			String signal = SignalNames.normalize(key);
			if (signal == null) {
				throw new InvalidConfigurationPropertyValueException(PROPERTY + "." + key, value,
						"'" + key + "' is not a signal name; use one of " + SignalNames.list());
			}
			Entry entry = entry(signal, value.trim(), true, actions);
			if (entry.action() instanceof LeftToJvm leftToJvm && leftToJvm.reason() != null) {
				throw new InvalidConfigurationPropertyValueException(PROPERTY + "." + key, value,
						leftToJvm.reason() + "; use one of " + String.join(", ", actions.names()));
			}
			entries.put(signal, entry);
		});
		return new SignalPlan(List.copyOf(entries.values()));
	}

	private static Entry entry(String signal, String actionName, boolean explicit, SignalActions actions) {
		SignalAction userAction = actions.userAction(actionName);
		if (userAction != null) {
			return new Entry(signal, actionName, explicit, new UserBean(actionName, userAction));
		}
		BuiltInAction builtIn = BuiltInAction.forConfigName(actionName);
		if (builtIn == null) {
			return new Entry(signal, actionName, explicit, new LeftToJvm("no action has that name"));
		}
		if (builtIn == BuiltInAction.DEFAULT) {
			return new Entry(signal, actionName, explicit, new LeftToJvm(null));
		}
		BuiltInActionHandler implementation = actions.builtIn(builtIn);
		if (implementation == null) {
			return new Entry(signal, actionName, explicit,
					new LeftToJvm("that action is not available, it needs " + SignalActions.requirement(builtIn)));
		}
		return new Entry(signal, actionName, explicit, new BuiltIn(builtIn, implementation));
	}

	/**
	 * One signal's resolved mapping.
	 *
	 * @param signal the normalized signal name
	 * @param actionName the configured action name
	 * @param explicit whether the user configured it, rather than the defaults
	 * @param action what runs when it arrives
	 */
	record Entry(String signal, String actionName, boolean explicit, PlannedAction action) {

	}

	/**
	 * What a planned signal runs.
	 */
	sealed interface PlannedAction permits BuiltIn, UserBean, LeftToJvm {

	}

	/**
	 * A built-in action, run on the thread that received the signal.
	 *
	 * @param action the action
	 * @param implementation its feature's implementation
	 */
	record BuiltIn(BuiltInAction action, BuiltInActionHandler implementation) implements PlannedAction {

	}

	/**
	 * A user's {@link SignalAction} bean, run on the user action lane.
	 *
	 * @param name the bean name
	 * @param action the bean
	 */
	record UserBean(String name, SignalAction action) implements PlannedAction {

	}

	/**
	 * The JVM's own handler stays in place.
	 *
	 * @param reason why an action that was asked for is not there, or {@code null} when
	 * {@code default} was asked for
	 */
	record LeftToJvm(@Nullable String reason) implements PlannedAction {

	}

}
