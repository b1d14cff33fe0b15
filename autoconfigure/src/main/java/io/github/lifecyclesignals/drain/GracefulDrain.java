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
import java.util.List;
import java.util.concurrent.CountDownLatch;

import io.github.lifecyclesignals.state.DrainResult;
import io.github.lifecyclesignals.state.DrainSettings;
import io.github.lifecyclesignals.state.DrainStatus;
import io.github.lifecyclesignals.state.DrainStep;
import io.github.lifecyclesignals.state.DurationFormat;
import io.github.lifecyclesignals.state.InFlightRequest;
import io.github.lifecyclesignals.state.LifecyclePhase;
import io.github.lifecyclesignals.state.LifecycleState;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The one drain a process can have: readiness refused, pre-stop delay, context close,
 * exit. The first request starts it on a thread of its own; a second cuts what is left of
 * the delay and the waits; a third halts at once. A {@link DrainDeadline} bounds it all.
 *
 * @author lifecycle-signals maintainers
 * @since 0.1.0
 */
public final class GracefulDrain {

	/** Name of the thread that runs the drain. */
	public static final String THREAD_NAME = "lifecycle-drain";

	private static final Log logger = LogFactory.getLog(GracefulDrain.class);

	private final ConfigurableApplicationContext context;

	private final LifecycleState state;

	private final DrainSettings settings;

	private final ProcessExit exit;

	private final CountDownLatch delayCut = new CountDownLatch(1);

	private int requests;

	private @Nullable Thread thread;

	private volatile boolean closing;

	private volatile boolean escalated;

	private volatile int abandonedByWebServer;

	public GracefulDrain(ConfigurableApplicationContext context, LifecycleState state, DrainSettings settings,
			ProcessExit exit) {
		this.context = context;
		this.state = state;
		this.settings = settings;
		this.exit = exit;
		state.drainSettings(settings);
	}

	public DrainSettings settings() {
		return this.settings;
	}

	/**
	 * Asks for a drain: starts it, escalates it, or halts, depending on how many asked
	 * before.
	 * @param trigger what asks, for example {@code SIGTERM}
	 * @param withDelay whether to keep the pre-stop delay ({@code false} for Ctrl+C)
	 * @param forcedExitCode the exit code if this request halts the process
	 * @return what was done, in a few words
	 */
	public synchronized String request(String trigger, boolean withDelay, int forcedExitCode) {
		this.requests++;
		if (this.requests == 1) {
			Duration delay = withDelay ? this.settings.preStopDelay() : Duration.ZERO;
			// Recorded before the thread starts, so that anyone reading the state right
			// after the signal sees the drain.
			this.state.drainStarted(trigger, this.settings.timeout(), "readiness");
			this.state.moveTo(LifecyclePhase.DRAINING);
			// Armed before anything can fail: whatever happens to the drain, the budget
			// holds.
			DrainDeadline.arm(this.state, this.settings, this.exit);
			Thread thread = new Thread(() -> runGuarded(trigger, delay), THREAD_NAME);
			// Not a daemon (the dispatcher that starts it is one): once the context has
			// closed, this thread is what keeps the JVM alive until it chooses the exit
			// code.
			thread.setDaemon(false);
			this.thread = thread;
			thread.start();
			return "drain started (pre-stop delay " + DurationFormat.of(delay) + ", budget "
					+ DurationFormat.of(this.settings.timeout()) + ")";
		}
		if (this.requests == 2) {
			escalate(trigger);
			return "drain escalated: delay and waits skipped, send again to halt";
		}
		try {
			logger.warn("Drain: " + trigger + " received a third time, halting now with exit code " + forcedExitCode);
			DrainStatus ended = this.state.drainEnded(DrainResult.FORCED, forcedExitCode,
					this.state.requests().count());
			if (ended != null) {
				logger.warn(DrainSummary.of(ended));
			}
		}
		finally {
			// Whatever failed above (even logging), the operator asked for the process to
			// end.
			this.exit.halt(forcedExitCode);
		}
		return "halted";
	}

	private void runGuarded(String trigger, Duration delay) {
		try {
			run(trigger, delay);
		}
		catch (Throwable ex) {
			try {
				logger.error("Drain failed unexpectedly, halting with exit code " + this.settings.timeoutExitCode(),
						ex);
				this.state.drainEnded(DrainResult.FAILED, this.settings.timeoutExitCode(),
						this.state.requests().count());
			}
			finally {
				this.exit.halt(this.settings.timeoutExitCode());
			}
		}
	}

	private void escalate(String trigger) {
		this.escalated = true;
		logger.warn("Drain: " + trigger + " received again, skipping what is left of the pre-stop delay and the waits");
		this.delayCut.countDown();
		Thread thread = this.thread;
		if (this.closing && thread != null) {
			// The lifecycle processor treats an interrupt as the end of its wait for a
			// phase.
			thread.interrupt();
		}
	}

	private void run(String trigger, Duration delay) {
		logger.info("Drain started by " + trigger + ": pre-stop delay " + DurationFormat.of(delay) + ", budget "
				+ DurationFormat.of(this.settings.timeout()) + ", " + this.state.requests().count()
				+ " request(s) in flight");
		long start = System.nanoTime();
		AvailabilityChangeEvent.publish(this.context, ReadinessState.REFUSING_TRAFFIC);
		start = step("readiness", start, "pre-stop-delay", "readiness is REFUSING_TRAFFIC");
		long completedBefore = this.state.requests().completed();
		String ended = PreStopDelay.await(delay, this.settings.adaptive(), this.state.requests(), this.delayCut);
		start = step("pre-stop-delay", start, "close", (this.state.requests().completed() - completedBefore)
				+ " request(s) served during the delay" + (this.escalated ? ", cut short" : ended));
		String cap = ShutdownPhaseTimeout.fitToBudget(this.context, this.state);
		this.closing = true;
		if (this.escalated) {
			Thread.currentThread().interrupt();
		}
		try {
			this.context.close();
		}
		catch (RuntimeException ex) {
			logger.error("Drain: closing the context failed", ex);
		}
		// An escalation may have interrupted us; exit must not see a stale interrupt.
		Thread.interrupted();
		step("close", start, "exit", "context closed" + cap);
		finish();
	}

	private long step(String name, long startNanos, String next, String detail) {
		long now = System.nanoTime();
		Duration took = Duration.ofNanos(now - startNanos);
		this.state.drainStep(new DrainStep(name, took), next);
		logger.info("Drain step " + name + " done in " + DurationFormat.of(took) + ": " + detail);
		return now;
	}

	/**
	 * Called once the web server's graceful shutdown phase is over, before the server
	 * stops: requests still in flight now are the ones it gave up on, because the budget
	 * ran out.
	 */
	void webServerDrained() {
		if (!this.closing) {
			return;
		}
		List<InFlightRequest> left = this.state.requests().list();
		this.abandonedByWebServer = left.size();
		if (!left.isEmpty()) {
			logger.warn("Drain: graceful shutdown gave up within the budget, " + left.size()
					+ " request(s) still in flight: " + left);
		}
	}

	/**
	 * Called when the context closes without a drain, when so configured: a close from
	 * {@code /actuator/shutdown} or code also keeps serving through the pre-stop delay.
	 * Boot has already refused readiness, and the in-flight filters answer
	 * {@code Connection: close}.
	 */
	void delayUnlessDraining() {
		if (this.state.drain() == null) {
			logger.info("Context closing without a drain: keeping serving for the pre-stop delay of "
					+ DurationFormat.of(this.settings.preStopDelay()));
			PreStopDelay.await(this.settings.preStopDelay(), this.settings.adaptive(), this.state.requests(),
					new CountDownLatch(1));
		}
	}

	private void finish() {
		int abandoned = Math.max(this.abandonedByWebServer, this.state.requests().count());
		DrainResult result = (abandoned > 0) ? DrainResult.TIMEOUT
				: (this.escalated ? DrainResult.ESCALATED : DrainResult.CLEAN);
		int code = (abandoned == 0) ? this.settings.exitCode() : this.settings.timeoutExitCode();
		DrainStatus ended = this.state.drainEnded(result, code, abandoned);
		if (ended != null) {
			logger.info(DrainSummary.of(ended));
			this.exit.exit(code);
		}
	}

}
