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
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.lifecyclesignals.drain.DrainSnapshot.Outcome;
import io.github.lifecyclesignals.drain.DrainSnapshot.Progress;
import io.github.lifecyclesignals.internal.ApplicationPhase;
import io.github.lifecyclesignals.signal.Trigger;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.DefaultApplicationArguments;
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

	private static final Trigger SIGTERM = new Trigger("SIGTERM", 15);

	private static final Trigger SIGINT = new Trigger("SIGINT", 2);

	private final GenericApplicationContext context = new GenericApplicationContext();

	private final InFlightRequests requests = new InFlightRequests("/actuator/health/readiness");

	private final RecordingProcessExit exit = new RecordingProcessExit();

	private final List<ReadinessState> readiness = new CopyOnWriteArrayList<>();

	/**
	 * Stands for a web server whose graceful shutdown never ends unless it is stopped.
	 */
	private final NeverStoppingLifecycle neverStops = new NeverStoppingLifecycle();

	/**
	 * What the phases after the graceful one saw: whether their thread was interrupted.
	 */
	private final List<Boolean> laterPhaseInterrupted = new CopyOnWriteArrayList<>();

	@AfterEach
	void close() {
		this.context.close();
	}

	private GracefulDrain drain(Duration delay, Duration timeout) {
		return drain(new DrainSettings(delay, timeout, 0, 124, null, Set.of("TERM", "INT"), Duration.ZERO));
	}

	private GracefulDrain drain(DrainSettings settings) {
		this.context.addApplicationListener((ApplicationListener<AvailabilityChangeEvent<?>>) (event) -> {
			if (event.getState() instanceof ReadinessState readinessState) {
				this.readiness.add(readinessState);
			}
		});
		DrainParticipants participants = new DrainParticipants(
				() -> this.context.getBeansOfType(DrainParticipant.class));
		GracefulDrain drain = new GracefulDrain(this.context, settings, this.requests, participants, this.exit,
				this.neverStops::abort, Clock.systemUTC());
		ApplicationPhase phase = new ApplicationPhase(this.context, Clock.systemUTC());
		this.context.addApplicationListener(phase);
		this.context.registerBean("participantsWait", ParticipantsWait.class,
				() -> new ParticipantsWait(phase, participants));
		this.context.registerBean("entering", GracefulShutdownBoundary.class,
				() -> GracefulShutdownBoundary.enteringGracefulShutdown(drain));
		this.context.registerBean("left", GracefulShutdownBoundary.class,
				() -> GracefulShutdownBoundary.leftGracefulShutdown(drain));
		this.context.registerBean("later", SmartLifecycle.class,
				() -> new RecordingLifecycle(this.laterPhaseInterrupted));
		this.context.refresh();
		return drain;
	}

	private Progress progress(GracefulDrain drain) {
		Progress progress = drain.snapshot().progress();
		assertThat(progress).isNotNull();
		return progress;
	}

	private Outcome end(GracefulDrain drain) {
		Outcome end = progress(drain).end();
		assertThat(end).isNotNull();
		return end;
	}

	@Test
	void drainRefusesReadinessClosesTheContextAndExitsWithTheConfiguredCode() throws Exception {
		GracefulDrain drain = drain(Duration.ofMillis(200), Duration.ofSeconds(10));
		assertThat(drain.request(SIGTERM, true)).isEqualTo("drain started (pre-stop delay 200ms, budget 10.00s)");
		assertThat(this.exit.exited.get(5, TimeUnit.SECONDS)).isZero();
		assertThat(this.readiness).containsExactly(ReadinessState.REFUSING_TRAFFIC);
		assertThat(this.context.isActive()).isFalse();
		assertThat(end(drain).result()).isEqualTo(DrainResult.CLEAN);
		assertThat(progress(drain).steps()).extracting(DrainSnapshot.StepTiming::step)
			.containsExactly(DrainStep.READINESS, DrainStep.PRE_STOP_DELAY, DrainStep.CLOSE);
		assertThat(progress(drain).steps().get(1).duration()).isGreaterThanOrEqualTo(Duration.ofMillis(200));
		assertThat(progress(drain).step()).isEqualTo(DrainStep.EXIT);
		assertThat(this.laterPhaseInterrupted).containsExactly(false);
	}

	@Test
	void secondSignalCutsThePreStopDelayShort() throws Exception {
		GracefulDrain drain = drain(Duration.ofSeconds(60), Duration.ofSeconds(120));
		drain.request(SIGTERM, true);
		assertThat(drain.request(SIGTERM, true)).startsWith("drain escalated");
		assertThat(this.exit.exited.get(5, TimeUnit.SECONDS)).isZero();
		assertThat(end(drain).result()).isEqualTo(DrainResult.ESCALATED);
		assertThat(this.context.isActive()).isFalse();
	}

	@Test
	void secondSignalBeforeTheCloseSkipsTheGracefulWaitAndTheCloseStillRunsEveryPhase() throws Exception {
		this.context.registerBean("neverStops", SmartLifecycle.class, () -> this.neverStops);
		processorWaiting(Duration.ofSeconds(60));
		GracefulDrain drain = drain(Duration.ofSeconds(60), Duration.ofSeconds(120));
		drain.request(SIGTERM, true);
		// Escalated during the delay: before Spring 7's interruptible shutdown lock.
		drain.request(SIGTERM, true);
		assertThat(this.exit.exited.get(10, TimeUnit.SECONDS)).isZero();
		assertThat(this.context.isActive()).isFalse();
		assertThat(this.laterPhaseInterrupted).containsExactly(false);
		assertThat(end(drain).result()).isEqualTo(DrainResult.ESCALATED);
	}

	@Test
	void secondSignalDuringTheGracefulWaitStopsTheWebServerAndTheCloseRunsOn() throws Exception {
		this.context.registerBean("neverStops", SmartLifecycle.class, () -> this.neverStops);
		processorWaiting(Duration.ofSeconds(60));
		GracefulDrain drain = drain(Duration.ZERO, Duration.ofSeconds(120));
		drain.request(SIGTERM, true);
		await().atMost(Duration.ofSeconds(5)).until(() -> this.neverStops.stopping);
		drain.request(SIGTERM, true);
		assertThat(this.exit.exited.get(10, TimeUnit.SECONDS)).isZero();
		assertThat(this.neverStops.aborted).isTrue();
		assertThat(this.laterPhaseInterrupted).containsExactly(false);
		assertThat(end(drain).result()).isEqualTo(DrainResult.ESCALATED);
	}

	@Test
	void signalAfterADrainTheEndpointStartedIsNotARepetition() {
		GracefulDrain drain = drain(Duration.ofSeconds(60), Duration.ofSeconds(120));
		drain.request(Trigger.ACTUATOR, true);
		assertThat(drain.request(SIGTERM, true)).startsWith("drain already under way");
		assertThat(progress(drain).escalated()).isFalse();
		assertThat(drain.request(SIGTERM, true)).startsWith("drain escalated");
	}

	@Test
	void requestCutOffAfterTheGracefulWaitIsAbandonedAndOneServedLaterIsNot() throws Exception {
		this.context.registerBean("neverStops", SmartLifecycle.class, () -> this.neverStops);
		InFlightRequest cut = this.requests.started("POST", "/orders", "/orders");
		InFlightRequest served = this.requests.started("GET", "/report", "/report");
		this.context.registerBean("endsRequests", SmartLifecycle.class, () -> new EndingLifecycle(() -> {
			this.requests.finished(cut, false);
			this.requests.finished(served, true);
		}));
		// A 3s budget leaves the graceful phase 2s (the rest is kept for the later
		// phases).
		GracefulDrain drain = drain(Duration.ZERO, Duration.ofSeconds(3));
		drain.request(SIGTERM, true);
		assertThat(this.exit.exited.get(10, TimeUnit.SECONDS)).isEqualTo(124);
		assertThat(end(drain).abandoned()).hasSize(1).allMatch((request) -> request.startsWith("POST /orders"));
		assertThat(end(drain).result()).isEqualTo(DrainResult.TIMEOUT);
	}

	@Test
	void participantIsToldToDrainWhenTheDelayEndsAndAwaitedBeforeTheExit() throws Exception {
		CountingParticipant jobs = new CountingParticipant(2);
		this.context.registerBean("jobs", DrainParticipant.class, () -> jobs);
		GracefulDrain drain = drain(Duration.ofMillis(300), Duration.ofSeconds(30));
		drain.request(SIGTERM, true);
		await().atMost(Duration.ofSeconds(5)).until(() -> jobs.drained);
		assertThat(progress(drain).steps()).extracting(DrainSnapshot.StepTiming::step)
			.contains(DrainStep.PRE_STOP_DELAY);
		assertThat(drain.snapshot().participants()).singleElement()
			.satisfies((participant) -> assertThat(participant.name()).isEqualTo("jobs"));
		// Still in flight: the close waits in the graceful phase.
		Thread.sleep(300);
		assertThat(this.exit.exited).isNotDone();
		assertThat(this.context.isActive()).isTrue();
		jobs.finishOne();
		jobs.finishOne();
		assertThat(this.exit.exited.get(5, TimeUnit.SECONDS)).isZero();
		assertThat(end(drain).result()).isEqualTo(DrainResult.CLEAN);
		assertThat(drain.snapshot().participants()).singleElement()
			.satisfies((participant) -> assertThat(participant.state()).isEqualTo("done"));
	}

	@Test
	void participantThatNeverFinishesIsNamedAsAbandoned() throws Exception {
		CountingParticipant stuck = new CountingParticipant(1);
		this.context.registerBean("stuckJobs", DrainParticipant.class, () -> stuck);
		// A 3s budget leaves the graceful phase 2s.
		GracefulDrain drain = drain(Duration.ZERO, Duration.ofSeconds(3));
		drain.request(SIGTERM, true);
		assertThat(this.exit.exited.get(10, TimeUnit.SECONDS)).isEqualTo(124);
		assertThat(end(drain).result()).isEqualTo(DrainResult.TIMEOUT);
		assertThat(end(drain).abandoned()).containsExactly("participant 'stuckJobs' (1 in flight: 1 job(s))");
		// Apart, so that the requests meter counts requests only.
		assertThat(end(drain).abandonedRequests()).isEmpty();
		assertThat(end(drain).abandonedParticipants())
			.containsExactly("participant 'stuckJobs' (1 in flight: 1 job(s))");
	}

	@Test
	void secondSignalStopsTheWaitForParticipants() throws Exception {
		CountingParticipant stuck = new CountingParticipant(1);
		this.context.registerBean("stuckJobs", DrainParticipant.class, () -> stuck);
		processorWaiting(Duration.ofSeconds(60));
		GracefulDrain drain = drain(Duration.ZERO, Duration.ofSeconds(120));
		drain.request(SIGTERM, true);
		await().atMost(Duration.ofSeconds(5)).until(() -> stuck.drained);
		drain.request(SIGTERM, true);
		assertThat(this.exit.exited.get(10, TimeUnit.SECONDS)).isEqualTo(124);
		assertThat(end(drain).result()).isEqualTo(DrainResult.ESCALATED);
		assertThat(end(drain).abandoned()).containsExactly("participant 'stuckJobs' (1 in flight: 1 job(s))");
	}

	@Test
	void contextStoppedToBeStartedAgainDoesNotDrainParticipants() {
		CountingParticipant jobs = new CountingParticipant(1);
		this.context.registerBean("jobs", DrainParticipant.class, () -> jobs);
		drain(Duration.ZERO, Duration.ofSeconds(30));
		this.context.stop();
		this.context.start();
		assertThat(jobs.drained).isFalse();
	}

	@Test
	void stopSkipsThePreStopDelay() throws Exception {
		GracefulDrain drain = drain(Duration.ofSeconds(60), Duration.ofSeconds(120));
		drain.request(SIGINT, false);
		assertThat(this.exit.exited.get(5, TimeUnit.SECONDS)).isZero();
		assertThat(progress(drain).steps().get(1).duration()).isLessThan(Duration.ofSeconds(5));
	}

	@Test
	void thirdSignalHaltsWithTheSignalsOwnCode() throws Exception {
		CountDownLatch release = new CountDownLatch(1);
		this.context.registerBean("stuck", SmartLifecycle.class, () -> new StuckLifecycle(release));
		GracefulDrain drain = drain(Duration.ofSeconds(60), Duration.ofSeconds(120));
		try {
			drain.request(SIGTERM, true);
			drain.request(SIGTERM, true);
			// The close is stuck in a lifecycle bean: only the third signal ends it.
			await().atMost(Duration.ofSeconds(5)).until(() -> progress(drain).step() == DrainStep.CLOSE);
			drain.request(SIGTERM, true);
			assertThat(this.exit.halted.get(5, TimeUnit.SECONDS)).isEqualTo(143);
			assertThat(end(drain).result()).isEqualTo(DrainResult.FORCED);
		}
		finally {
			release.countDown();
		}
	}

	@Test
	void repeatedSignalOutsideEscalateOnAndEndpointRequestsLeaveTheDrainAlone() {
		GracefulDrain drain = drain(new DrainSettings(Duration.ofSeconds(60), Duration.ofSeconds(120), 0, 124, null,
				Set.of("INT"), Duration.ZERO));
		drain.request(SIGTERM, true);
		assertThat(drain.request(SIGTERM, true)).isEqualTo("drain already under way; SIGTERM does not escalate it now");
		assertThat(drain.request(Trigger.ACTUATOR, true)).isEqualTo("drain already under way");
		assertThat(drain.request(Trigger.ACTUATOR, true)).isEqualTo("drain already under way");
		assertThat(drain.request(SIGINT, false)).startsWith("drain already under way");
		assertThat(progress(drain).escalated()).isFalse();
		assertThat(drain.request(SIGINT, false)).startsWith("drain escalated");
	}

	@Test
	void budgetRunningOutHaltsWithTheTimeoutCodeAndNamesTheStuckRequest() throws Exception {
		CountDownLatch release = new CountDownLatch(1);
		this.context.registerBean("stuck", SmartLifecycle.class, () -> new StuckLifecycle(release));
		GracefulDrain drain = drain(Duration.ZERO, Duration.ofMillis(500));
		InFlightRequest stuck = this.requests.started("GET", "/stuck", "/stuck");
		try {
			drain.request(SIGTERM, true);
			assertThat(this.exit.halted.get(5, TimeUnit.SECONDS)).isEqualTo(124);
			assertThat(end(drain).result()).isEqualTo(DrainResult.TIMEOUT);
			assertThat(end(drain).abandoned()).hasSize(1).allMatch((request) -> request.startsWith("GET /stuck"));
		}
		finally {
			this.requests.finished(stuck, true);
			release.countDown();
		}
	}

	@Test
	void budgetOfAMillionDaysArmsADeadlineThatKeepsCounting() throws Exception {
		GracefulDrain drain = drain(Duration.ofSeconds(60), Duration.ofDays(1_000_000));
		drain.request(SIGTERM, true);
		assertThat(progress(drain).timeLeft()).isGreaterThan(Duration.ofDays(100_000));
		Thread deadline = Thread.getAllStackTraces()
			.keySet()
			.stream()
			.filter((thread) -> thread.getName().equals(DrainDeadline.THREAD_NAME))
			.findFirst()
			.orElseThrow();
		assertThat(deadline.isAlive()).isTrue();
		drain.request(SIGTERM, true);
		assertThat(this.exit.exited.get(5, TimeUnit.SECONDS)).isZero();
	}

	@Test
	void drainDuringStartupWaitsForStartupBeforeClosing() throws Exception {
		this.context.registerBean(ApplicationArguments.class, () -> new DefaultApplicationArguments());
		GracefulDrain drain = drain(Duration.ZERO, Duration.ofSeconds(30));
		drain.request(SIGTERM, true);
		await().atMost(Duration.ofSeconds(5)).until(() -> progress(drain).step() == DrainStep.STARTUP);
		assertThat(this.context.isActive()).isTrue();
		drain.startupEnded(false);
		assertThat(this.exit.exited.get(5, TimeUnit.SECONDS)).isZero();
		assertThat(progress(drain).steps()).extracting(DrainSnapshot.StepTiming::step)
			.containsExactly(DrainStep.READINESS, DrainStep.PRE_STOP_DELAY, DrainStep.STARTUP, DrainStep.CLOSE);
	}

	@Test
	void failingListenerOfTheReadinessChangeDoesNotStopTheDrain() throws Exception {
		this.context.addApplicationListener((ApplicationListener<AvailabilityChangeEvent<?>>) (event) -> {
			throw new IllegalStateException("simulated: the service registry is down");
		});
		GracefulDrain drain = drain(Duration.ZERO, Duration.ofSeconds(30));
		drain.request(SIGTERM, true);
		assertThat(this.exit.exited.get(5, TimeUnit.SECONDS)).isZero();
		assertThat(end(drain).result()).isEqualTo(DrainResult.CLEAN);
	}

	@Test
	void drainThatFailsUnexpectedlyHaltsWithTheTimeoutCode() throws Exception {
		this.context.addApplicationListener((ApplicationListener<AvailabilityChangeEvent<?>>) (event) -> {
			throw new LinkageError("simulated: a class went missing from a replaced jar");
		});
		GracefulDrain drain = drain(Duration.ZERO, Duration.ofSeconds(30));
		drain.request(SIGTERM, true);
		assertThat(this.exit.halted.get(5, TimeUnit.SECONDS)).isEqualTo(124);
		assertThat(end(drain).result()).isEqualTo(DrainResult.FAILED);
	}

	private void processorWaiting(Duration perPhase) {
		this.context.registerBean(AbstractApplicationContext.LIFECYCLE_PROCESSOR_BEAN_NAME,
				DefaultLifecycleProcessor.class, () -> {
					DefaultLifecycleProcessor processor = new DefaultLifecycleProcessor();
					processor.setTimeoutPerShutdownPhase(perPhase.toMillis());
					return processor;
				});
	}

	/**
	 * Stops asynchronously in the graceful shutdown phase and never reports back, as a
	 * web server with a stuck request does.
	 */
	private static final class NeverStoppingLifecycle implements SmartLifecycle {

		private volatile boolean running;

		private volatile boolean stopping;

		private volatile boolean aborted;

		private volatile @Nullable Runnable callback;

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
			// The callback runs only on abort(): the lifecycle processor waits for its
			// timeout otherwise.
			this.callback = callback;
			this.stopping = true;
		}

		/**
		 * What a web server's stop() does to its graceful shutdown.
		 */
		void abort() {
			Runnable callback = this.callback;
			if (callback != null) {
				this.aborted = true;
				callback.run();
			}
		}

		@Override
		public boolean isRunning() {
			return this.running;
		}

		@Override
		public int getPhase() {
			return GracefulShutdownBoundary.GRACEFUL_SHUTDOWN_PHASE;
		}

	}

	/**
	 * Stops in a phase after the graceful one and records whether its thread carried an
	 * interrupt, which would close NIO channels under a database.
	 */
	private static final class RecordingLifecycle implements SmartLifecycle {

		private final List<Boolean> interrupted;

		private volatile boolean running;

		RecordingLifecycle(List<Boolean> interrupted) {
			this.interrupted = interrupted;
		}

		@Override
		public void start() {
			this.running = true;
		}

		@Override
		public void stop() {
			this.interrupted.add(Thread.currentThread().isInterrupted());
			this.running = false;
		}

		@Override
		public boolean isRunning() {
			return this.running;
		}

		@Override
		public int getPhase() {
			return 0;
		}

	}

	/**
	 * Ends requests when the phase after the graceful one stops, as the web server's stop
	 * does with the requests graceful shutdown gave up on.
	 */
	private static final class EndingLifecycle implements SmartLifecycle {

		private final Runnable onStop;

		private volatile boolean running;

		EndingLifecycle(Runnable onStop) {
			this.onStop = onStop;
		}

		@Override
		public void start() {
			this.running = true;
		}

		@Override
		public void stop() {
			this.onStop.run();
			this.running = false;
		}

		@Override
		public boolean isRunning() {
			return this.running;
		}

		@Override
		public int getPhase() {
			return GracefulShutdownBoundary.AFTER_GRACEFUL_SHUTDOWN - 1;
		}

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

	static final class CountingParticipant implements DrainParticipant {

		private final AtomicInteger jobs;

		volatile boolean drained;

		CountingParticipant(int jobs) {
			this.jobs = new AtomicInteger(jobs);
		}

		void finishOne() {
			this.jobs.decrementAndGet();
		}

		@Override
		public void drain() {
			this.drained = true;
		}

		@Override
		public int inFlight() {
			return this.jobs.get();
		}

		@Override
		public String describeInFlight() {
			return this.jobs.get() + " job(s)";
		}

	}

}
