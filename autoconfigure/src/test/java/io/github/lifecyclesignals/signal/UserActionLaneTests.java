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

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class UserActionLaneTests {

	private final UserActionQueue lane = new UserActionQueue(Duration.ofMillis(100));

	private final CountDownLatch release = new CountDownLatch(1);

	private final List<String> outcomes = new CopyOnWriteArrayList<>();

	@AfterEach
	void stop() {
		this.release.countDown();
		this.lane.stop();
	}

	@Test
	void actionsRunInArrivalOrder() {
		for (int i = 1; i <= 3; i++) {
			String name = "action-" + i;
			this.lane.submit(signal(), name, (signal) -> name, this.outcomes::add);
		}
		await().atMost(Duration.ofSeconds(5)).until(() -> this.outcomes.size() == 3);
		assertThat(this.outcomes).containsExactly("action-1", "action-2", "action-3");
	}

	@Test
	void floodBeyondTheQueueIsDroppedAndSaidSo() {
		SignalAction stuck = (signal) -> {
			this.release.await();
			return "never";
		};
		for (int i = 0; i < 1100; i++) {
			this.lane.submit(signal(), "stuck", stuck, this.outcomes::add);
		}
		assertThat(this.outcomes).contains("dropped: too many signals waiting for their actions");
	}

	@Test
	void actionsStuckOnEveryWorkerAreRefusedUntilOneReturns() {
		SignalAction stuck = (signal) -> {
			this.release.await();
			return "released";
		};
		for (int i = 0; i < UserActionQueue.MAX_WORKERS + 1; i++) {
			this.lane.submit(signal(), "stuck", stuck, this.outcomes::add);
		}
		await().atMost(Duration.ofSeconds(10)).until(() -> this.outcomes.size() == UserActionQueue.MAX_WORKERS + 1);
		assertThat(this.outcomes.subList(0, UserActionQueue.MAX_WORKERS))
			.allMatch((outcome) -> outcome.equals("timed out after 100ms, still running"));
		assertThat(this.outcomes.get(UserActionQueue.MAX_WORKERS))
			.isEqualTo("refused: " + UserActionQueue.MAX_WORKERS + " earlier actions have not returned");
	}

	private static ReceivedSignal signal() {
		return new ReceivedSignal("USR1", 10, Instant.now());
	}

}
