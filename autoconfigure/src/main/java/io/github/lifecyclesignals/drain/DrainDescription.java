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

import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What the drain shows in the {@code lifecycle} endpoint: its settings, the requests in
 * flight and, once a drain has started, its progress and how it ended. Read-only; times
 * are ISO-8601 strings and durations milliseconds, so that the JSON reads the same
 * whatever JSON library the application uses.
 *
 * @param preStopDelayMillis the configured pre-stop delay
 * @param timeoutMillis the configured budget
 * @param exitCode the exit code after a clean drain
 * @param timeoutExitCode the exit code when the budget runs out
 * @param escalateOn the signals whose repetition escalates a drain
 * @param inFlight requests being served now
 * @param oldestInFlightMillis age of the oldest of them
 * @param requestsServed requests served since the application started
 * @param trigger what started the drain, if one started
 * @param startedAt when it started
 * @param step the step running now: {@code readiness}, {@code pre-stop-delay},
 * {@code startup}, {@code close} or {@code exit}
 * @param timeLeftMillis time left in the budget
 * @param escalated whether a repeated signal asked to skip the waits
 * @param result how it ended, once it has
 * @param abandoned the requests and participants it gave up on, once it has ended
 * @param participants the drain participants, once a close has told them to drain
 * @author lifecycle-signals maintainers
 * @since 0.1.0
 */
public record DrainDescription(long preStopDelayMillis, long timeoutMillis, int exitCode, int timeoutExitCode,
		Set<String> escalateOn, int inFlight, long oldestInFlightMillis, long requestsServed, @Nullable String trigger,
		@Nullable String startedAt, @Nullable String step, @Nullable Long timeLeftMillis, @Nullable Boolean escalated,
		@Nullable DrainResult result, @Nullable List<String> abandoned, List<Participant> participants) {

	/**
	 * One {@link DrainParticipant}.
	 *
	 * @param name its bean name
	 * @param state {@code draining}, {@code done} or {@code failed}
	 * @param inFlight what it last said it holds, or {@code null} before it answered
	 * @param detail its description of that work
	 * @param elapsedMillis time since it was told to drain, or until it was done
	 */
	public record Participant(String name, String state, @Nullable Integer inFlight, @Nullable String detail,
			long elapsedMillis) {

	}

}
