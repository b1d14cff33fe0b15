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

package io.github.lifecyclesignals.drain;

import java.time.Duration;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Resolved drain settings, validated at startup.
 *
 * @param preStopDelay how long to keep serving after readiness is refused
 * @param timeout the budget from the signal to the exit
 * @param exitCode the exit code after a drain that abandoned nothing
 * @param timeoutExitCode the exit code when the budget ran out or work was abandoned
 * @param adaptive when to end the pre-stop delay early, or {@code null} for a fixed delay
 * @param escalateOn the signals (names without {@code SIG}) whose repetition during a
 * drain escalates it
 * @author lifecycle-signals maintainers
 * @since 0.1.0
 */
public record DrainSettings(Duration preStopDelay, Duration timeout, int exitCode, int timeoutExitCode,
		@Nullable AdaptiveDelay adaptive, Set<String> escalateOn) {

	/** Signals whose repetition escalates a drain unless configured otherwise. */
	public static final Set<String> DEFAULT_ESCALATE_ON = Set.of("TERM", "INT");

	public DrainSettings(Duration preStopDelay, Duration timeout, int exitCode, int timeoutExitCode) {
		this(preStopDelay, timeout, exitCode, timeoutExitCode, null, DEFAULT_ESCALATE_ON);
	}

	/**
	 * An adaptive pre-stop delay ends once the callers that probe readiness have seen it
	 * fail and traffic has stopped, never before the floor and never after
	 * {@link #preStopDelay()}.
	 *
	 * @param floor the shortest delay
	 * @param probes how many readiness probes must have been answered 503 since the flip
	 * @param quietPeriod how long no request other than a probe must have arrived
	 */
	public record AdaptiveDelay(Duration floor, int probes, Duration quietPeriod) {

	}

}
