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

package io.github.lifecyclesignals.messaging;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.github.lifecyclesignals.drain.DrainStartedEvent;
import io.github.lifecyclesignals.signal.Trigger;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.GenericApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Tests for {@link ListenerContainersDrain} with containers that stop when told to.
 */
class ListenerContainersDrainTests {

	private final GenericApplicationContext context = new GenericApplicationContext();

	private final FakeContainer orders = new FakeContainer("orders");

	private final FakeContainer payments = new FakeContainer("payments");

	@Test
	void atSignalTheContainersStopWhenTheDrainStartsAndAreInFlightUntilTheyAreDone() {
		ListenerContainersDrain drain = drain(MessagingProperties.StopConsuming.AT_SIGNAL);
		assertThat(drain.inFlight()).isEqualTo(2);
		drain.onApplicationEvent(new DrainStartedEvent(this.context, new Trigger("SIGTERM", 15)));
		await().atMost(Duration.ofSeconds(5)).until(() -> this.orders.stopRequested && this.payments.stopRequested);
		assertThat(this.orders.timeLeft).isEqualTo(Duration.ofSeconds(9));
		assertThat(drain.inFlight()).isEqualTo(2);
		assertThat(drain.describeInFlight()).isEqualTo("kafka listener(s) [orders, payments] still stopping");
		assertThat(drain.describe()).extracting(MessagingDescription.Container::state)
			.containsExactly("stopping", "stopping");
		this.orders.done();
		assertThat(drain.inFlight()).isEqualTo(1);
		assertThat(drain.describeInFlight()).isEqualTo("kafka listener(s) [payments] still stopping");
		this.payments.done();
		assertThat(drain.inFlight()).isZero();
		assertThat(drain.describeInFlight()).isNull();
		assertThat(drain.describe()).extracting(MessagingDescription.Container::state)
			.containsExactly("stopped", "stopped");
	}

	@Test
	void afterDelayTheContainersKeepConsumingUntilTheParticipantsAreToldToDrain() {
		ListenerContainersDrain drain = drain(MessagingProperties.StopConsuming.AFTER_DELAY);
		drain.onApplicationEvent(new DrainStartedEvent(this.context, new Trigger("SIGTERM", 15)));
		assertThat(this.orders.stopRequested).isFalse();
		assertThat(drain.describe()).extracting(MessagingDescription.Container::state)
			.containsExactly("running", "running");
		drain.drain();
		assertThat(this.orders.stopRequested).isTrue();
		assertThat(this.payments.stopRequested).isTrue();
	}

	@Test
	void aDrainOfAnotherContextStopsNothing() {
		ListenerContainersDrain drain = drain(MessagingProperties.StopConsuming.AT_SIGNAL);
		drain.onApplicationEvent(new DrainStartedEvent(new GenericApplicationContext(), new Trigger("SIGTERM", 15)));
		assertThat(this.orders.stopRequested).isFalse();
	}

	@Test
	void aContainerThatFailsToStopIsNotWaitedFor() {
		this.orders.failOnStop = true;
		ListenerContainersDrain drain = drain(MessagingProperties.StopConsuming.AFTER_DELAY);
		drain.drain();
		assertThat(drain.inFlight()).isEqualTo(1);
		assertThat(drain.describeInFlight()).isEqualTo("kafka listener(s) [payments] still stopping");
	}

	@Test
	void stoppingTwiceStopsOnce() {
		ListenerContainersDrain drain = drain(MessagingProperties.StopConsuming.AFTER_DELAY);
		drain.drain();
		drain.drain();
		assertThat(this.orders.stops).isEqualTo(1);
	}

	private ListenerContainersDrain drain(MessagingProperties.StopConsuming stopConsuming) {
		return new ListenerContainersDrain("kafka", this.context, () -> List.of(this.orders, this.payments),
				stopConsuming, () -> Duration.ofSeconds(9));
	}

	static final class FakeContainer implements ListenerContainer {

		private final String id;

		volatile boolean stopRequested;

		volatile int stops;

		volatile boolean failOnStop;

		volatile @Nullable Duration timeLeft;

		private final List<Runnable> callbacks = new ArrayList<>();

		FakeContainer(String id) {
			this.id = id;
		}

		@Override
		public String broker() {
			return "kafka";
		}

		@Override
		public String id() {
			return this.id;
		}

		@Override
		public boolean isRunning() {
			return !this.stopRequested;
		}

		@Override
		public boolean isPaused() {
			return false;
		}

		@Override
		public synchronized void stop(Duration timeLeft, Runnable done) {
			if (this.failOnStop) {
				throw new IllegalStateException("broken");
			}
			this.stops++;
			this.timeLeft = timeLeft;
			this.stopRequested = true;
			this.callbacks.add(done);
		}

		synchronized void done() {
			this.callbacks.forEach(Runnable::run);
		}

	}

}
