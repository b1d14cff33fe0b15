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

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.github.lifecyclesignals.internal.BuiltInAction;
import io.github.lifecyclesignals.internal.BuiltInActionHandler;
import org.jspecify.annotations.Nullable;

/**
 * Every action a signal can be mapped to, by name: the features' built-ins and the user's
 * {@link SignalAction} beans (by bean name; in {@code lifecycle.signals} a user bean
 * replaces a built-in of the same name).
 *
 * @author lifecycle-signals maintainers
 * @since 0.1.0
 */
final class SignalActions {

	private final Map<BuiltInAction, BuiltInActionHandler> builtIns = new EnumMap<>(BuiltInAction.class);

	private final Map<String, SignalAction> userActions;

	SignalActions(List<BuiltInActionHandler> builtIns, Map<String, SignalAction> userActions) {
		this.builtIns.put(BuiltInAction.IGNORE, BuiltInActionHandler.of(BuiltInAction.IGNORE, (trigger) -> "ignored"));
		builtIns.forEach((builtIn) -> this.builtIns.put(builtIn.action(), builtIn));
		this.userActions = new LinkedHashMap<>(userActions);
	}

	/**
	 * The implementation of a built-in action, if its feature is active.
	 * @param action the action
	 * @return the implementation, or {@code null}
	 */
	@Nullable BuiltInActionHandler builtIn(BuiltInAction action) {
		return this.builtIns.get(action);
	}

	@Nullable SignalAction userAction(String name) {
		return this.userActions.get(name);
	}

	/**
	 * Every name that is valid in configuration.
	 * @return the names, sorted
	 */
	Set<String> names() {
		Set<String> names = new TreeSet<>(this.userActions.keySet());
		this.builtIns.keySet().forEach((action) -> names.add(action.configName()));
		names.add(BuiltInAction.DEFAULT.configName());
		return names;
	}

	/**
	 * Why a built-in action is not available.
	 * @param action the action
	 * @return what it needs
	 */
	static String requirement(BuiltInAction action) {
		return switch (action) {
			case DRAIN, STOP -> "the drain feature (lifecycle.enabled)";
			case REFRESH -> "lifecycle-signals-spring-boot-refresh (and spring-cloud-context) on the class path and"
					+ " lifecycle.refresh.enabled";
			case LOG_STATE -> "the lifecycle status feature";
			case REOPEN_LOGS -> "lifecycle-signals-spring-boot-logs on the class path";
			case IGNORE, DEFAULT -> "nothing";
		};
	}

}
