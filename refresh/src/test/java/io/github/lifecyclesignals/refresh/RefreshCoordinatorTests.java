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

package io.github.lifecyclesignals.refresh;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;

import io.github.lifecyclesignals.drain.DrainStartedEvent;
import io.github.lifecyclesignals.internal.ApplicationPhase;
import io.github.lifecyclesignals.signal.Trigger;
import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.support.GenericApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class RefreshCoordinatorTests {

	private static final Trigger SIGHUP = new Trigger("SIGHUP", 1);

	private final GenericApplicationContext context = new GenericApplicationContext();

	private final ApplicationPhase phase = new ApplicationPhase(this.context, Clock.systemUTC());

	private final RefreshHistory history = new RefreshHistory();

	private final List<Trigger> ran = new CopyOnWriteArrayList<>();

	@Test
	void burstDuringARefreshRunsAtMostOneMore() throws Exception {
		ready();
		CountDownLatch release = new CountDownLatch(1);
		RefreshCoordinator coordinator = coordinator((trigger) -> {
			this.ran.add(trigger);
			block(release);
		});
		assertThat(coordinator.request(SIGHUP)).isEqualTo("refresh started");
		await().atMost(Duration.ofSeconds(5)).until(() -> this.ran.size() == 1);
		assertThat(coordinator.request(SIGHUP)).isEqualTo("pending after the running refresh");
		for (int i = 0; i < 50; i++) {
			assertThat(coordinator.request(SIGHUP)).isEqualTo("coalesced into the pending refresh");
		}
		assertThat(this.history.snapshot().running()).isTrue();
		release.countDown();
		await().atMost(Duration.ofSeconds(5)).until(() -> !this.history.snapshot().running());
		assertThat(this.ran).hasSize(2);
	}

	@Test
	void errorDuringARefreshLeavesTheCoordinatorAbleToRunTheNext() {
		ready();
		RefreshCoordinator coordinator = coordinator((trigger) -> {
			this.ran.add(trigger);
			if (this.ran.size() == 1) {
				throw new StackOverflowError("simulated: a placeholder chain too deep");
			}
		});
		coordinator.request(SIGHUP);
		await().atMost(Duration.ofSeconds(5)).until(() -> !this.history.snapshot().running() && this.ran.size() == 1);
		assertThat(coordinator.request(SIGHUP)).isEqualTo("refresh started");
		await().atMost(Duration.ofSeconds(5)).until(() -> this.ran.size() == 2);
	}

	@Test
	void refusedBeforeTheApplicationIsReadyAndOnceItDrains() {
		RefreshCoordinator coordinator = coordinator(this.ran::add);
		assertThat(coordinator.request(SIGHUP)).isEqualTo("refused: not ready");
		ready();
		this.phase.onApplicationEvent(new DrainStartedEvent(this.context, SIGHUP));
		assertThat(coordinator.request(SIGHUP)).isEqualTo("refused: draining");
		assertThat(this.ran).isEmpty();
	}

	private RefreshCoordinator coordinator(Consumer<Trigger> refresher) {
		Function<Trigger, RefreshRecord> recording = (trigger) -> {
			refresher.accept(trigger);
			return new RefreshRecord(Instant.now(), trigger.name(), RefreshOutcome.UNCHANGED, Set.of(),
					KeyClassification.NONE, null, Duration.ZERO);
		};
		return new RefreshCoordinator(recording, this.phase, this.history);
	}

	private void ready() {
		this.phase.onApplicationEvent(
				new ApplicationReadyEvent(new SpringApplication(), new String[0], this.context, Duration.ZERO));
	}

	private static void block(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
