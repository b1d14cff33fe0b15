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

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * The actions lifecycle-signals provides, by the name used in {@code lifecycle.signals}.
 *
 * @author lifecycle-signals maintainers
 * @since 0.1.0
 */
public enum BuiltInAction {

	/**
	 * Refuse readiness, keep serving through the pre-stop delay, close the context, exit.
	 */
	DRAIN,

	/** Drain without the pre-stop delay, as Ctrl+C asks. */
	STOP,

	/** Load, validate and apply the configuration, all or nothing. */
	REFRESH,

	/** Log one line with the lifecycle state. */
	LOG_STATE,

	/** Reopen the log files, after logrotate renamed them. */
	REOPEN_LOGS,

	/** Bind the signal and record it; nothing else. */
	IGNORE,

	/** Leave the JVM's own handler in place. */
	DEFAULT;

	/**
	 * The name used in configuration, for example {@code log-state}.
	 * @return the name
	 */
	public String configName() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/**
	 * Finds a built-in action by its configuration name.
	 * @param name the name, for example {@code log-state}
	 * @return the action, or {@code null} if no built-in action has that name
	 */
	public static @Nullable BuiltInAction forConfigName(String name) {
		for (BuiltInAction action : values()) {
			if (action.configName().equals(name)) {
				return action;
			}
		}
		return null;
	}

	@Override
	public String toString() {
		return configName();
	}

}
