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
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import io.github.lifecyclesignals.drain.DrainSnapshot.Outcome;
import io.github.lifecyclesignals.drain.DrainSnapshot.Progress;
import io.github.lifecyclesignals.drain.DrainSnapshot.StepTiming;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Tests for {@link DrainProgress}: the one drain's steps, its budget and its end,
 * recorded once.
 *
 * @author lifecycle-signals maintainers
 */
class DrainProgressTests {

	private static final Instant START = Instant.parse("2026-03-01T10:15:30Z");

	private final SettableClock clock = new SettableClock(START);

	private final DrainProgress progress = new DrainProgress(this.clock);

	private Progress snapshot() {
		Progress snapshot = this.progress.snapshot();
		assertThat(snapshot).isNotNull();
		return snapshot;
	}

	@Test
	void beforeADrainHasStartedThereIsNothingToShowAndNothingToEnd() {
		assertThat(this.progress.isStarted()).isFalse();
		assertThat(this.progress.snapshot()).isNull();
		assertThat(this.progress.timeLeft()).isZero();
		assertThat(this.progress.end(DrainResult.CLEAN, 0, 0, List.of(), List.of())).isNull();
		assertThat(this.progress.ending()).isNull();
	}

	@Test
	void startedDrainShowsItsTriggerStartTimeAndFirstStep() {
		this.progress.started("SIGTERM", Duration.ofSeconds(30), 5);
		assertThat(this.progress.isStarted()).isTrue();
		Progress snapshot = snapshot();
		assertThat(snapshot.trigger()).isEqualTo("SIGTERM");
		assertThat(snapshot.startedAt()).isEqualTo(START);
		assertThat(snapshot.step()).isEqualTo(DrainStep.READINESS);
		assertThat(snapshot.steps()).isEmpty();
		assertThat(snapshot.escalated()).isFalse();
		assertThat(snapshot.end()).isNull();
		assertThat(snapshot.timeLeft()).isLessThanOrEqualTo(Duration.ofSeconds(30))
			.isGreaterThan(Duration.ofSeconds(20));
	}

	@Test
	void eachFinishedStepIsRecordedInOrderWithItsDuration() {
		this.progress.started("SIGTERM", Duration.ofSeconds(30), 0);
		Duration readiness = this.progress.stepDone(DrainStep.PRE_STOP_DELAY);
		assertThat(snapshot().step()).isEqualTo(DrainStep.PRE_STOP_DELAY);
		Duration delay = this.progress.stepDone(DrainStep.STARTUP);
		this.progress.stepDone(DrainStep.CLOSE);
		assertThat(snapshot().step()).isEqualTo(DrainStep.CLOSE);
		assertThat(snapshot().steps()).extracting(StepTiming::step)
			.containsExactly(DrainStep.READINESS, DrainStep.PRE_STOP_DELAY, DrainStep.STARTUP);
		assertThat(snapshot().steps()).extracting(StepTiming::duration)
			.startsWith(readiness, delay)
			.allMatch((duration) -> !duration.isNegative());
	}

	@Test
	void stepsTakeTheTimeThatPassedBetweenThem() {
		this.progress.started("SIGTERM", Duration.ofSeconds(30), 0);
		long before = System.nanoTime();
		await().atMost(Duration.ofSeconds(5))
			.until(() -> Duration.ofNanos(System.nanoTime() - before).compareTo(Duration.ofMillis(50)) >= 0);
		Duration took = this.progress.stepDone(DrainStep.PRE_STOP_DELAY);
		assertThat(took).isGreaterThanOrEqualTo(Duration.ofMillis(50));
		assertThat(snapshot().elapsed()).isGreaterThanOrEqualTo(took);
	}

	@Test
	void endIsRecordedOnceAndTheFirstWins() {
		this.progress.started("SIGTERM", Duration.ofSeconds(30), 0);
		Outcome first = this.progress.end(DrainResult.TIMEOUT, 124, 3, List.of("GET /a (age 1s)"),
				List.of("participant 'jobs' (1 in flight)"));
		assertThat(first).isNotNull();
		// The clean exit that lost the race to the deadline.
		assertThat(this.progress.end(DrainResult.CLEAN, 0, 4, List.of(), List.of())).isNull();
		assertThat(this.progress.ending()).isSameAs(first);
		assertThat(snapshot().end()).isSameAs(first);
		assertThat(first.result()).isEqualTo(DrainResult.TIMEOUT);
		assertThat(first.exitCode()).isEqualTo(124);
		assertThat(first.abandoned()).containsExactly("GET /a (age 1s)", "participant 'jobs' (1 in flight)");
	}

	@Test
	void requestsServedAreCountedFromTheStartOfTheDrain() {
		this.progress.started("SIGTERM", Duration.ofSeconds(30), 40);
		Outcome end = this.progress.end(DrainResult.CLEAN, 0, 42, List.of(), List.of());
		assertThat(end).isNotNull();
		assertThat(end.servedDuring()).isEqualTo(2);
	}

	@Test
	void endKeepsItsOwnCopyOfWhatWasAbandoned() {
		this.progress.started("SIGTERM", Duration.ofSeconds(30), 0);
		List<String> requests = new ArrayList<>(List.of("GET /a (age 1s)"));
		List<String> participants = new ArrayList<>();
		Outcome end = this.progress.end(DrainResult.TIMEOUT, 124, 0, requests, participants);
		requests.clear();
		participants.add("participant 'late' (1 in flight)");
		assertThat(end).isNotNull();
		assertThat(end.abandonedRequests()).containsExactly("GET /a (age 1s)");
		assertThat(end.abandonedParticipants()).isEmpty();
	}

	@Test
	void afterTheEndTheStepIsExitAndNoStepIsRecordedAnyMore() {
		this.progress.started("SIGTERM", Duration.ofSeconds(30), 0);
		this.progress.stepDone(DrainStep.PRE_STOP_DELAY);
		this.progress.end(DrainResult.FORCED, 143, 0, List.of(), List.of());
		// The drain's thread carries on after a halt that a test's exit survived.
		this.progress.stepDone(DrainStep.CLOSE);
		assertThat(snapshot().step()).isEqualTo(DrainStep.EXIT);
		assertThat(snapshot().steps()).extracting(StepTiming::step).containsExactly(DrainStep.READINESS);
	}

	@Test
	void elapsedTimeStopsAtTheEnd() {
		this.progress.started("SIGTERM", Duration.ofSeconds(30), 0);
		this.progress.end(DrainResult.CLEAN, 0, 0, List.of(), List.of());
		Duration atTheEnd = snapshot().elapsed();
		long after = System.nanoTime();
		await().atMost(Duration.ofSeconds(5))
			.until(() -> Duration.ofNanos(System.nanoTime() - after).compareTo(Duration.ofMillis(20)) >= 0);
		assertThat(snapshot().elapsed()).isEqualTo(atTheEnd);
	}

	@Test
	void escalationIsRecorded() {
		this.progress.started("SIGTERM", Duration.ofSeconds(30), 0);
		assertThat(this.progress.isEscalated()).isFalse();
		this.progress.escalated();
		assertThat(this.progress.isEscalated()).isTrue();
		assertThat(snapshot().escalated()).isTrue();
	}

	@Test
	void timeLeftIsZeroOnceTheBudgetHasRunOut() {
		this.progress.started("SIGTERM", Duration.ofMillis(20), 0);
		await().atMost(Duration.ofSeconds(5)).until(() -> this.progress.timeLeft().isZero());
		assertThat(this.progress.timeLeft()).isZero();
		assertThat(snapshot().timeLeft()).isZero();
	}

	@Test
	void clockSteppingDoesNotShortenOrStretchTheBudget() {
		this.progress.started("SIGTERM", Duration.ofSeconds(30), 0);
		this.clock.set(START.plus(Duration.ofHours(1)));
		assertThat(this.progress.timeLeft()).isGreaterThan(Duration.ofSeconds(20));
		this.clock.set(START.minus(Duration.ofHours(1)));
		assertThat(this.progress.timeLeft()).isLessThanOrEqualTo(Duration.ofSeconds(30));
		assertThat(snapshot().elapsed()).isLessThan(Duration.ofSeconds(10));
		// The start time shown to people is the clock's at the start.
		assertThat(snapshot().startedAt()).isEqualTo(START);
	}

	@Test
	void budgetOfAMillionDaysIsCountedExactly() {
		this.progress.started("SIGTERM", Duration.ofDays(1_000_000), 0);
		assertThat(this.progress.timeLeft()).isGreaterThan(Duration.ofDays(999_999))
			.isLessThanOrEqualTo(Duration.ofDays(1_000_000));
	}

	/**
	 * A clock an operator, or NTP, can step.
	 */
	private static final class SettableClock extends Clock {

		private volatile Instant now;

		SettableClock(Instant now) {
			this.now = now;
		}

		void set(Instant now) {
			this.now = now;
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
