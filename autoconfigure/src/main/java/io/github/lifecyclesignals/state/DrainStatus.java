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

package io.github.lifecyclesignals.state;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Progress of the one drain a process can have; immutable, replaced on every change.
 *
 * @param trigger what started it, for example {@code SIGTERM}
 * @param startedAt when it started
 * @param deadline when the budget runs out
 * @param currentStep the step now running, or {@code done}
 * @param steps the finished steps in order
 * @param completedAtStart the number of requests completed before the drain started
 * @param result how it ended, or {@code null} while it runs
 * @param exitCode the exit code chosen, or {@code null} while it runs
 * @param abandoned requests still in flight when it ended
 * @param completedDuring requests completed while it ran
 * @author lifecycle-signals maintainers
 * @since 0.1.0
 */
public record DrainStatus(String trigger, Instant startedAt, Instant deadline, String currentStep,
		List<DrainStep> steps, long completedAtStart, @Nullable DrainResult result, @Nullable Integer exitCode,
		int abandoned, long completedDuring) {

	static DrainStatus started(String trigger, Instant startedAt, Instant deadline, String firstStep,
			long completedAtStart) {
		return new DrainStatus(trigger, startedAt, deadline, firstStep, List.of(), completedAtStart, null, null, 0, 0);
	}

	DrainStatus withStep(DrainStep finished, String next) {
		List<DrainStep> steps = new ArrayList<>(this.steps);
		steps.add(finished);
		return new DrainStatus(this.trigger, this.startedAt, this.deadline, next, List.copyOf(steps),
				this.completedAtStart, null, null, 0, 0);
	}

	DrainStatus ended(DrainResult result, int exitCode, int abandoned, long completedNow) {
		return new DrainStatus(this.trigger, this.startedAt, this.deadline, "done", this.steps, this.completedAtStart,
				result, exitCode, abandoned, completedNow - this.completedAtStart);
	}

	public Duration timeLeft(Instant now) {
		Duration left = Duration.between(now, this.deadline);
		return left.isNegative() ? Duration.ZERO : left;
	}

	public Duration elapsed(Instant now) {
		return Duration.between(this.startedAt, now);
	}

}
