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
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;

import io.github.lifecyclesignals.drain.DrainEscalation.Decision;
import io.github.lifecyclesignals.internal.DrainInProgress;
import io.github.lifecyclesignals.internal.DrainReport;
import io.github.lifecyclesignals.internal.Durations;
import io.github.lifecyclesignals.signal.Trigger;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.ApplicationArguments;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The one drain a process can have. The first request starts it on a thread of its own
 * ({@link DrainSteps}); a repeated signal escalates it as {@link DrainEscalation}
 * decides, on the signal's own thread and outside any lock while it logs, so that nothing
 * can stand between an operator's third Ctrl+C and the halt. A {@link DrainDeadline}
 * bounds it all.
 *
 * @author lifecycle-signals maintainers
 * @since 0.1.0
 */
final class GracefulDrain implements DrainInProgress {

	/** Name of the thread that runs the drain. */
	public static final String THREAD_NAME = "lifecycle-drain";

	private static final Log logger = LogFactory.getLog(GracefulDrain.class);

	private final ConfigurableApplicationContext context;

	private final DrainSettings settings;

	private final InFlightRequests requests;

	private final DrainParticipants participants;

	private final DrainProgress progress;

	private final DrainEscalation escalation;

	private final GracefulShutdownWindow window;

	private final DrainExit ending;

	private final CountDownLatch delayCut = new CountDownLatch(1);

	private final CountDownLatch startupEnded;

	private final List<Runnable> whenOver = new CopyOnWriteArrayList<>();

	private volatile boolean over;

	private volatile boolean startupFailed;

	private volatile @Nullable Thread thread;

	private volatile DrainObserver observer = DrainObserver.NONE;

	/**
	 * Creates the drain.
	 * @param context the application's context
	 * @param settings the settings
	 * @param requests the in-flight requests
	 * @param participants the beans that hold work of their own
	 * @param exit how the process ends
	 * @param endGracefulWait ends the web server's graceful shutdown early, when a second
	 * signal asks to skip the wait (stops the server), or does nothing without one
	 * @param clock the clock for the times shown to people
	 */
	GracefulDrain(ConfigurableApplicationContext context, DrainSettings settings, InFlightRequests requests,
			DrainParticipants participants, ProcessExit exit, Runnable endGracefulWait, Clock clock) {
		this.context = context;
		this.settings = settings;
		this.requests = requests;
		this.participants = participants;
		this.progress = new DrainProgress(clock);
		this.escalation = new DrainEscalation(settings.escalateOn(), settings.escalateMinInterval());
		this.window = new GracefulShutdownWindow(endGracefulWait);
		this.ending = new DrainExit(this.progress, requests, participants, this.window, settings, exit, this::over);
		// SpringApplication registers the arguments before it refreshes the context, and
		// then publishes ApplicationReadyEvent or ApplicationFailedEvent once startup has
		// finished; a context it does not run has nothing more to wait for.
		boolean runBySpringApplication = context.getBeanFactory()
			.getBeanNamesForType(ApplicationArguments.class, false, false).length > 0;
		this.startupEnded = new CountDownLatch(runBySpringApplication ? 1 : 0);
	}

	/**
	 * Asks for a drain: starts it, escalates it, halts, or does nothing, depending on
	 * what asked before.
	 * @param trigger what asks, for example {@code SIGTERM}
	 * @param withDelay whether to keep the pre-stop delay ({@code false} for Ctrl+C)
	 * @return what was done, in a few words
	 */
	String request(Trigger trigger, boolean withDelay) {
		Decision decision;
		Duration delay = withDelay ? this.settings.preStopDelay() : Duration.ZERO;
		synchronized (this) {
			decision = this.escalation.decide(trigger, System.nanoTime());
			if (decision == Decision.START) {
				start(trigger, delay);
			}
			else if (decision == Decision.SKIP_WAITS) {
				this.progress.escalated();
				this.delayCut.countDown();
			}
		}
		// Outside the lock: what follows logs, publishes or stops a web server, and none
		// of it may hold up the next signal.
		return switch (decision) {
			case START -> {
				publishStarted(trigger);
				yield "drain started (pre-stop delay " + Durations.format(delay) + ", budget "
						+ Durations.format(this.settings.timeout()) + ")";
			}
			case SKIP_WAITS -> {
				logger.warn("Drain: " + trigger + " received again, skipping what is left of the pre-stop delay and"
						+ " the graceful wait; send it again to halt");
				this.window.skip();
				this.participants.stopWaiting();
				yield "drain escalated: delay and graceful wait skipped, send again to halt";
			}
			case HALT -> {
				this.ending.forced(trigger);
				yield "halted";
			}
			case ALREADY_DRAINING -> "drain already under way"
					+ ((trigger.signal() != null) ? "; " + trigger + " does not escalate it now" : "");
			case SAME_SIGNAL -> "drain already under way; " + trigger + " again within "
					+ Durations.format(this.settings.escalateMinInterval()) + " of the last one that counted is the"
					+ " same signal (" + DrainProperties.PREFIX + ".escalate-min-interval) and escalates nothing";
		};
	}

	private void start(Trigger trigger, Duration delay) {
		this.progress.started(trigger.name(), this.settings.timeout(), this.requests.served());
		// Armed before anything can fail: whatever happens to the drain, the budget
		// holds.
		DrainDeadline.arm(this.progress, this.settings.timeout(), this.ending::expired);
		observe(() -> this.observer.started(trigger));
		Thread thread = new Thread(new DrainSteps(this, trigger, delay), THREAD_NAME);
		// Not a daemon: once the context has closed, this thread is what keeps the JVM
		// alive until it chooses the exit code.
		thread.setDaemon(false);
		this.thread = thread;
		thread.start();
	}

	private void publishStarted(Trigger trigger) {
		try {
			this.context.publishEvent(new DrainStartedEvent(this.context, trigger));
		}
		catch (RuntimeException ex) {
			logger.warn("Drain: a listener of the drain's start failed", ex);
		}
	}

	/**
	 * The drain's status now.
	 * @return a snapshot
	 */
	DrainSnapshot snapshot() {
		return new DrainSnapshot(this.settings, this.requests.count(), this.requests.oldestAge(),
				this.requests.served(), this.participants.snapshot(), this.progress.snapshot());
	}

	/**
	 * Whether a drain has started. Set before the drain's thread starts, so that anyone
	 * asking right after the signal sees it.
	 * @return whether it has
	 */
	boolean isStarted() {
		return this.progress.isStarted();
	}

	@Override
	public boolean isUnderWay() {
		return isStarted();
	}

	@Override
	public void whenOver(Runnable action) {
		this.whenOver.add(action);
		if (this.over && this.whenOver.remove(action)) {
			action.run();
		}
	}

	private void over() {
		this.over = true;
		for (Runnable action : this.whenOver) {
			if (this.whenOver.remove(action)) {
				action.run();
			}
		}
	}

	DrainSettings settings() {
		return this.settings;
	}

	InFlightRequests requests() {
		return this.requests;
	}

	DrainParticipants participants() {
		return this.participants;
	}

	/**
	 * Follows the lifecycle beans' stops: one still stopping when the drain ends is named
	 * among what it abandoned.
	 * @param stillStopping the beans still stopping
	 */
	void watchStops(StillStopping stillStopping) {
		this.ending.watchStops(stillStopping);
	}

	/**
	 * How the drain ended, for meters.
	 * @return the result, {@code null} before it is known
	 */
	@Nullable DrainResult result() {
		return this.ending.result();
	}

	/**
	 * How many requests the drain abandoned, for meters.
	 * @return the count
	 */
	int abandonedRequests() {
		return this.ending.abandonedRequests();
	}

	/**
	 * Reports the drain to an observer.
	 * @param observer the observer
	 */
	void observeWith(DrainObserver observer) {
		this.observer = observer;
		this.ending.observeWith(observer);
	}

	void stepDone(DrainStep step) {
		observe(() -> this.observer.stepDone(step));
	}

	// What reports the drain must never hold it up or break it.
	private static void observe(Runnable report) {
		try {
			report.run();
		}
		catch (RuntimeException ex) {
			logger.warn("Drain: reporting the drain failed (" + ex.getClass().getSimpleName() + ")");
		}
	}

	/**
	 * Every lifecycle phase of the close has stopped; the beans are about to be
	 * destroyed.
	 */
	void lifecyclePhasesEnded() {
		if (this.thread == Thread.currentThread()) {
			// What follows, destroying the beans, would also destroy what reports the
			// drain: the close is over as far as an observer can be told.
			stepDone(DrainStep.CLOSE);
			this.ending.phasesEnded(this.startupFailed);
		}
	}

	/**
	 * Adds a receiver of the drain's summary when it ends.
	 * @param report the receiver
	 */
	void reportTo(DrainReport report) {
		this.ending.reportTo(report);
	}

	ConfigurableApplicationContext context() {
		return this.context;
	}

	DrainProgress progress() {
		return this.progress;
	}

	DrainExit ending() {
		return this.ending;
	}

	CountDownLatch delayCut() {
		return this.delayCut;
	}

	void enteringGracefulShutdown() {
		this.window.entering(this.thread, this.context);
	}

	void leftGracefulShutdown() {
		List<InFlightRequest> outlived = this.window.left(this.thread, this.requests);
		if (!outlived.isEmpty()) {
			logger.warn("Drain: graceful shutdown stopped waiting, " + outlived.size() + " request(s) still in flight: "
					+ outlived);
		}
		if (this.thread == Thread.currentThread()) {
			List<String> busy = this.participants.markOutlived();
			if (!busy.isEmpty()) {
				logger.warn("Drain: graceful shutdown stopped waiting for " + busy.size() + " participant(s): " + busy);
			}
		}
	}

	void startupEnded(boolean failed) {
		if (this.startupEnded.getCount() > 0) {
			this.startupFailed = failed;
			this.startupEnded.countDown();
		}
	}

	boolean hasStartupEnded() {
		return this.startupEnded.getCount() == 0;
	}

	boolean hasStartupFailed() {
		return this.startupFailed;
	}

	/**
	 * Waits until startup has finished; the deadline bounds the wait.
	 * @return whether startup failed
	 */
	boolean awaitStartup() {
		try {
			this.startupEnded.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		return this.startupFailed;
	}

	/**
	 * Holds the calling thread until the drain's thread ends, which in production is when
	 * the process exits.
	 */
	void awaitDrainThread() {
		Thread thread = this.thread;
		if (thread != null) {
			try {
				thread.join();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

}
