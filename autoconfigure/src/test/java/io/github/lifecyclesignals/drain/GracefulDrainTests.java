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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.github.lifecyclesignals.state.DrainResult;
import io.github.lifecyclesignals.state.DrainSettings;
import io.github.lifecyclesignals.state.DrainStatus;
import io.github.lifecyclesignals.state.InFlightRequest;
import io.github.lifecyclesignals.state.LifecyclePhase;
import io.github.lifecyclesignals.state.LifecycleState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationListener;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.support.AbstractApplicationContext;
import org.springframework.context.support.DefaultLifecycleProcessor;
import org.springframework.context.support.GenericApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class GracefulDrainTests {

	private final GenericApplicationContext context = new GenericApplicationContext();

	private final LifecycleState state = new LifecycleState();

	private final RecordingProcessExit exit = new RecordingProcessExit();

	private final List<ReadinessState> readiness = new ArrayList<>();

	@AfterEach
	void close() {
		this.context.close();
	}

	private GracefulDrain drain(Duration delay, Duration timeout) {
		this.context.addApplicationListener((ApplicationListener<AvailabilityChangeEvent<?>>) (event) -> {
			if (event.getState() instanceof ReadinessState readinessState) {
				this.readiness.add(readinessState);
			}
		});
		this.context.refresh();
		return new GracefulDrain(this.context, this.state, new DrainSettings(delay, timeout, 0, 124), this.exit);
	}

	@Test
	void drainRefusesReadinessClosesTheContextAndExitsWithTheConfiguredCode() throws Exception {
		GracefulDrain drain = drain(Duration.ofMillis(200), Duration.ofSeconds(10));
		drain.request("SIGTERM", true, 143);
		assertThat(this.exit.exited.get(5, TimeUnit.SECONDS)).isZero();
		assertThat(this.readiness).containsExactly(ReadinessState.REFUSING_TRAFFIC);
		assertThat(this.context.isActive()).isFalse();
		DrainStatus status = this.state.drain();
		assertThat(status).isNotNull();
		assertThat(status.result()).isEqualTo(DrainResult.CLEAN);
		assertThat(status.steps()).extracting("name").containsExactly("readiness", "pre-stop-delay", "close");
		assertThat(status.steps().get(1).duration()).isGreaterThanOrEqualTo(Duration.ofMillis(200));
		assertThat(this.state.phase()).isEqualTo(LifecyclePhase.DRAINING);
	}

	@Test
	void secondRequestCutsThePreStopDelayShort() throws Exception {
		GracefulDrain drain = drain(Duration.ofSeconds(60), Duration.ofSeconds(120));
		drain.request("SIGTERM", true, 143);
		await().atMost(Duration.ofSeconds(5)).until(() -> this.state.drain() != null);
		drain.request("SIGTERM", true, 143);
		assertThat(this.exit.exited.get(5, TimeUnit.SECONDS)).isZero();
		assertThat(this.state.drain().result()).isEqualTo(DrainResult.ESCALATED);
	}

	@Test
	void stopSkipsThePreStopDelay() throws Exception {
		GracefulDrain drain = drain(Duration.ofSeconds(60), Duration.ofSeconds(120));
		drain.request("SIGINT", false, 130);
		assertThat(this.exit.exited.get(5, TimeUnit.SECONDS)).isZero();
		assertThat(this.state.drain().steps().get(1).duration()).isLessThan(Duration.ofSeconds(5));
	}

	@Test
	void thirdRequestHaltsWithTheForcedCode() throws Exception {
		GracefulDrain drain = drain(Duration.ofSeconds(60), Duration.ofSeconds(120));
		drain.request("SIGTERM", true, 143);
		drain.request("SIGTERM", true, 143);
		drain.request("SIGTERM", true, 143);
		assertThat(this.exit.halted.get(5, TimeUnit.SECONDS)).isEqualTo(143);
	}

	@Test
	void budgetRunningOutHaltsWithTheTimeoutCodeAndKeepsTheStuckRequest() throws Exception {
		CountDownLatch release = new CountDownLatch(1);
		this.context.registerBean("stuck", SmartLifecycle.class, () -> new StuckLifecycle(release));
		GracefulDrain drain = drain(Duration.ZERO, Duration.ofMillis(500));
		InFlightRequest stuck = this.state.requests().started("GET", "/stuck");
		try {
			drain.request("SIGTERM", true, 143);
			assertThat(this.exit.halted.get(5, TimeUnit.SECONDS)).isEqualTo(124);
			assertThat(this.state.drain().result()).isEqualTo(DrainResult.TIMEOUT);
			assertThat(this.state.drain().abandoned()).isEqualTo(1);
		}
		finally {
			this.state.requests().finished(stuck);
			release.countDown();
		}
	}

	@Test
	void secondRequestDuringTheCloseStopsWaitingForALifecyclePhase() throws Exception {
		// Stops asynchronously and never reports back, as a web server with a stuck
		// request does.
		this.context.registerBean("neverStops", SmartLifecycle.class, NeverStoppingLifecycle::new);
		this.context.registerBean(AbstractApplicationContext.LIFECYCLE_PROCESSOR_BEAN_NAME,
				DefaultLifecycleProcessor.class, () -> {
					DefaultLifecycleProcessor processor = new DefaultLifecycleProcessor();
					processor.setTimeoutPerShutdownPhase(60_000);
					return processor;
				});
		GracefulDrain drain = drain(Duration.ZERO, Duration.ofSeconds(120));
		drain.request("SIGTERM", true, 143);
		await().atMost(Duration.ofSeconds(5))
			.until(() -> this.state.drain() != null && "close".equals(this.state.drain().currentStep()));
		drain.request("SIGTERM", true, 143);
		assertThat(this.exit.exited.get(10, TimeUnit.SECONDS)).isZero();
		assertThat(this.state.drain().result()).isEqualTo(DrainResult.ESCALATED);
	}

	@Test
	void drainThatFailsUnexpectedlyHaltsWithTheTimeoutCode() throws Exception {
		this.context.addApplicationListener((ApplicationListener<AvailabilityChangeEvent<?>>) (event) -> {
			throw new LinkageError("simulated: a class went missing from a replaced jar");
		});
		GracefulDrain drain = drain(Duration.ZERO, Duration.ofSeconds(30));
		drain.request("SIGTERM", true, 143);
		assertThat(this.exit.halted.get(5, TimeUnit.SECONDS)).isEqualTo(124);
		assertThat(this.state.drain().result()).isEqualTo(DrainResult.FAILED);
	}

	/**
	 * A lifecycle bean whose stop hangs until released, like a stuck consumer.
	 */
	private static final class StuckLifecycle implements SmartLifecycle {

		private final CountDownLatch release;

		private volatile boolean running;

		StuckLifecycle(CountDownLatch release) {
			this.release = release;
		}

		@Override
		public void start() {
			this.running = true;
		}

		@Override
		public void stop() {
			try {
				this.release.await(30, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			this.running = false;
		}

		@Override
		public boolean isRunning() {
			return this.running;
		}

	}

	private static final class NeverStoppingLifecycle implements SmartLifecycle {

		private volatile boolean running;

		@Override
		public void start() {
			this.running = true;
		}

		@Override
		public void stop() {
			this.running = false;
		}

		@Override
		public void stop(Runnable callback) {
			// The callback is never run: the lifecycle processor waits for its phase
			// timeout.
		}

		@Override
		public boolean isRunning() {
			return this.running;
		}

	}

}
