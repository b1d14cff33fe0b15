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

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.github.lifecyclesignals.drain.DrainSnapshot.Outcome;
import io.github.lifecyclesignals.drain.DrainSnapshot.Progress;
import io.github.lifecyclesignals.drain.DrainSnapshot.StepTiming;
import org.jspecify.annotations.Nullable;

/**
 * The progress of the one drain a process can have. Written only by the drain's own
 * classes; read as {@link Progress} snapshots. Deadlines and durations come from
 * {@link System#nanoTime()}, so a clock step cannot shorten or stretch the budget.
 *
 * @author lifecycle-signals maintainers
 */
final class DrainProgress {

	private final Clock clock;

	private @Nullable String trigger;

	private @Nullable Instant startedAt;

	private long startNanos;

	private Duration budget = Duration.ZERO;

	private long servedAtStart;

	private DrainStep step = DrainStep.READINESS;

	private long stepStartNanos;

	private final List<StepTiming> steps = new ArrayList<>();

	private boolean escalated;

	private @Nullable Outcome end;

	private long endNanos;

	DrainProgress(Clock clock) {
		this.clock = clock;
	}

	synchronized void started(String trigger, Duration budget, long servedAtStart) {
		this.trigger = trigger;
		this.startedAt = this.clock.instant();
		this.startNanos = System.nanoTime();
		this.stepStartNanos = this.startNanos;
		this.budget = budget;
		this.servedAtStart = servedAtStart;
	}

	synchronized boolean isStarted() {
		return this.trigger != null;
	}

	/**
	 * Records the end of the current step and the start of the next.
	 * @param next the next step
	 * @return how long the finished step took
	 */
	synchronized Duration stepDone(DrainStep next) {
		long now = System.nanoTime();
		Duration took = Duration.ofNanos(now - this.stepStartNanos);
		if (this.end == null) {
			this.steps.add(new StepTiming(this.step, took));
			this.step = next;
			this.stepStartNanos = now;
		}
		return took;
	}

	synchronized void escalated() {
		this.escalated = true;
	}

	synchronized boolean isEscalated() {
		return this.escalated;
	}

	/**
	 * Records the end, once: a deadline racing a clean exit, or a halt racing both, loses
	 * to whichever came first.
	 * @param result how it ended
	 * @param exitCode the exit code
	 * @param servedNow requests served since the application started
	 * @param abandonedRequests the requests given up on
	 * @param abandonedParticipants the participants given up on
	 * @return the end, or {@code null} if the drain had already ended or never started
	 */
	synchronized @Nullable Outcome end(DrainResult result, int exitCode, long servedNow, List<String> abandonedRequests,
			List<String> abandonedParticipants) {
		if (this.trigger == null || this.end != null) {
			return null;
		}
		this.endNanos = System.nanoTime();
		this.end = new Outcome(result, exitCode, servedNow - this.servedAtStart, List.copyOf(abandonedRequests),
				List.copyOf(abandonedParticipants));
		return this.end;
	}

	synchronized @Nullable Outcome ending() {
		return this.end;
	}

	/**
	 * Time left in the budget, exact even for a budget longer than a {@code long} of
	 * nanoseconds can count.
	 * @return the time left, zero once it has run out
	 */
	synchronized Duration timeLeft() {
		Duration left = this.budget.minus(Duration.ofNanos(System.nanoTime() - this.startNanos));
		return left.isNegative() ? Duration.ZERO : left;
	}

	synchronized @Nullable Progress snapshot() {
		String trigger = this.trigger;
		Instant startedAt = this.startedAt;
		if (trigger == null || startedAt == null) {
			return null;
		}
		long until = (this.end != null) ? this.endNanos : System.nanoTime();
		return new Progress(trigger, startedAt, (this.end != null) ? DrainStep.EXIT : this.step,
				List.copyOf(this.steps), Duration.ofNanos(until - this.startNanos), timeLeft(), this.escalated,
				this.end);
	}

}
