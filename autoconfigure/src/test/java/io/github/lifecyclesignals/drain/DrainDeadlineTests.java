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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Tests for {@link DrainDeadline}: when the budget's end comes, and what it keeps for
 * reporting it.
 *
 * @author lifecycle-signals maintainers
 */
class DrainDeadlineTests {

	private final DrainProgress progress = new DrainProgress(Clock.systemUTC());

	@Test
	void shortBudgetKeepsAFifthOfItselfToReportTheEnd() {
		assertThat(DrainDeadline.reserve(Duration.ofMillis(500))).isEqualTo(Duration.ofMillis(100));
		assertThat(DrainDeadline.reserve(Duration.ofSeconds(3))).isEqualTo(Duration.ofMillis(600));
	}

	@Test
	void longBudgetKeepsWhatTheHaltGuardMayWaitAndNoMore() {
		assertThat(DrainExit.HALT_GUARD).isEqualTo(Duration.ofMillis(1500));
		assertThat(DrainDeadline.reserve(Duration.ofMillis(7500))).isEqualTo(DrainExit.HALT_GUARD);
		assertThat(DrainDeadline.reserve(Duration.ofSeconds(30))).isEqualTo(DrainExit.HALT_GUARD);
		assertThat(DrainDeadline.reserve(Duration.ofDays(1_000_000))).isEqualTo(DrainExit.HALT_GUARD);
	}

	@Test
	void deadlineComesWhenOnlyTheReserveIsLeft() throws Exception {
		Duration budget = Duration.ofSeconds(2);
		Duration reserve = DrainDeadline.reserve(budget);
		assertThat(reserve).isEqualTo(Duration.ofMillis(400));
		this.progress.started("SIGTERM", budget, 0);
		CompletableFuture<Duration> leftAtExpiry = new CompletableFuture<>();
		CompletableFuture<Thread> expiredOn = new CompletableFuture<>();
		DrainDeadline.arm(this.progress, budget, () -> {
			leftAtExpiry.complete(this.progress.timeLeft());
			expiredOn.complete(Thread.currentThread());
		});
		// Not before the reserve is reached, and not at the budget's very end either
		// (allowing the deadline's thread some time to wake up).
		assertThat(leftAtExpiry.get(10, TimeUnit.SECONDS)).isLessThanOrEqualTo(reserve)
			.isGreaterThan(reserve.dividedBy(2));
		Thread deadline = expiredOn.get();
		assertThat(deadline.getName()).isEqualTo(DrainDeadline.THREAD_NAME);
		// A daemon: it must not keep alive a JVM whose drain has ended.
		assertThat(deadline.isDaemon()).isTrue();
		// It expires once, then ends.
		await().atMost(Duration.ofSeconds(5)).until(() -> !deadline.isAlive());
	}

	@Test
	void budgetAlreadySpentExpiresAtOnce() throws Exception {
		this.progress.started("SIGTERM", Duration.ofNanos(1), 0);
		CompletableFuture<Void> expired = new CompletableFuture<>();
		DrainDeadline.arm(this.progress, Duration.ofNanos(1), () -> expired.complete(null));
		expired.get(5, TimeUnit.SECONDS);
		assertThat(this.progress.timeLeft()).isZero();
	}

}
