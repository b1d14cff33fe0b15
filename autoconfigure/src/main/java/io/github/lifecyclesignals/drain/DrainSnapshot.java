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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What the drain feature knows at one moment: its settings, the requests in flight and,
 * once a drain has started, its progress.
 *
 * @param settings the settings
 * @param inFlight requests being served now
 * @param oldestInFlight age of the oldest of them
 * @param requestsServed requests served since the application started
 * @param participants the drain participants' status, once a close has started
 * @param progress the drain, or {@code null} while none has started
 * @author lifecycle-signals maintainers
 * @since 0.1.0
 */
record DrainSnapshot(DrainSettings settings, int inFlight, Duration oldestInFlight, long requestsServed,
		List<Participant> participants, @Nullable Progress progress) {

	DrainDescription describe() {
		Progress progress = this.progress;
		Outcome end = (progress != null) ? progress.end() : null;
		return new DrainDescription(this.settings.preStopDelay().toMillis(), this.settings.timeout().toMillis(),
				this.settings.exitCode(), this.settings.timeoutExitCode(), this.settings.escalateOn(), this.inFlight,
				this.oldestInFlight.toMillis(), this.requestsServed, (progress != null) ? progress.trigger() : null,
				(progress != null) ? progress.startedAt().toString() : null,
				(progress != null) ? progress.step().displayName() : null,
				(progress != null) ? progress.timeLeft().toMillis() : null,
				(progress != null) ? progress.escalated() : null, (end != null) ? end.result() : null,
				(end != null) ? end.abandoned() : null,
				this.participants.stream()
					.map((participant) -> new DrainDescription.Participant(participant.name(), participant.state(),
							participant.inFlight(), participant.detail(), participant.elapsed().toMillis()))
					.toList());
	}

	/**
	 * A drain's progress.
	 *
	 * @param trigger what started it
	 * @param startedAt when it started
	 * @param step the step running now
	 * @param steps the steps done, with their durations
	 * @param elapsed time since it started, or until it ended
	 * @param timeLeft time left in the budget
	 * @param escalated whether a repeated signal asked to skip the waits
	 * @param end how it ended, once it has
	 */
	record Progress(String trigger, Instant startedAt, DrainStep step, List<StepTiming> steps, Duration elapsed,
			Duration timeLeft, boolean escalated, @Nullable Outcome end) {

	}

	/**
	 * One finished step.
	 *
	 * @param step the step
	 * @param duration how long it took
	 */
	record StepTiming(DrainStep step, Duration duration) {

	}

	/**
	 * How a drain ended.
	 *
	 * @param result the result
	 * @param exitCode the exit code the process ends with
	 * @param servedDuring requests served between the start and the end of the drain
	 * @param abandonedRequests the requests the drain gave up on: still in flight at the
	 * end, or cut off after graceful shutdown stopped waiting for them
	 * @param abandonedParticipants the participants the drain gave up on: busy when the
	 * wait for them ended, or at the end
	 */
	record Outcome(DrainResult result, int exitCode, long servedDuring, List<String> abandonedRequests,
			List<String> abandonedParticipants) {

		/**
		 * Everything the drain gave up on: the requests, then the participants.
		 * @return how each is described
		 */
		List<String> abandoned() {
			List<String> abandoned = new ArrayList<>(this.abandonedRequests);
			abandoned.addAll(this.abandonedParticipants);
			return List.copyOf(abandoned);
		}

	}

	/**
	 * One {@link DrainParticipant} in a close.
	 *
	 * @param name its name
	 * @param state {@code draining}, {@code done} or {@code failed}
	 * @param inFlight what it last said it holds, or {@code null} before it answered
	 * @param detail its description of that work
	 * @param elapsed time since it was told to drain, or until it was done
	 */
	record Participant(String name, String state, @Nullable Integer inFlight, @Nullable String detail,
			Duration elapsed) {

	}

}
