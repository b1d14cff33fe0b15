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
import java.util.concurrent.locks.LockSupport;

import io.github.lifecyclesignals.internal.Durations;
import io.github.lifecyclesignals.signal.Trigger;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The steps of a drain, run on the drain's own thread: refuse readiness, keep serving
 * through the pre-stop delay, wait for startup to finish if the drain began during it,
 * close the context, exit. Each step is logged in one line with its timing.
 *
 * @author lifecycle-signals maintainers
 */
final class DrainSteps implements Runnable {

	private static final Duration CLOSE_POLL = Duration.ofMillis(50);

	private static final Log logger = LogFactory.getLog(GracefulDrain.class);

	private final GracefulDrain drain;

	private final Trigger trigger;

	private final Duration delay;

	DrainSteps(GracefulDrain drain, Trigger trigger, Duration delay) {
		this.drain = drain;
		this.trigger = trigger;
		this.delay = delay;
	}

	@Override
	public void run() {
		try {
			runSteps();
		}
		catch (Throwable ex) {
			this.drain.ending().failed(ex);
		}
	}

	private void runSteps() {
		DrainSettings settings = this.drain.settings();
		InFlightRequests requests = this.drain.requests();
		DrainProgress progress = this.drain.progress();
		ConfigurableApplicationContext context = this.drain.context();
		logger
			.info("Drain started by " + this.trigger + ": pre-stop delay " + Durations.format(this.delay) + ", budget "
					+ Durations.format(settings.timeout()) + ", " + requests.count() + " request(s) in flight");
		logStep(DrainStep.READINESS, progress.stepDone(DrainStep.PRE_STOP_DELAY), refuseReadiness(context));

		DrainSettings.AdaptiveDelay adaptive = settings.adaptive();
		long servedBefore = requests.served();
		PreStopDelay.Result delayEnd = PreStopDelay.await(this.delay, adaptive, requests, this.drain.delayCut());
		boolean startupPending = !this.drain.hasStartupEnded();
		Duration took = progress.stepDone(startupPending ? DrainStep.STARTUP : DrainStep.CLOSE);
		long served = requests.served() - servedBefore;
		logStep(DrainStep.PRE_STOP_DELAY, took, switch (delayEnd.reason()) {
			case ELAPSED -> served + " request(s) served during the delay";
			case CUT -> served + " request(s) served during the delay, cut short";
			case TRAFFIC_MOVED -> served + " request(s) served during the delay, adaptive delay ended: "
					+ delayEnd.probes() + " probe(s) answered 503 and no request for "
					+ Durations.format((adaptive != null) ? adaptive.quietPeriod() : Duration.ZERO);
			case CEILING -> served + " request(s) served during the delay, adaptive delay reached its ceiling ("
					+ delayEnd.probes() + " probe(s) answered 503)";
		});

		if (startupPending) {
			logger.info("Drain waits for startup to finish before closing the context");
			boolean failed = this.drain.awaitStartup();
			logStep(DrainStep.STARTUP, progress.stepDone(DrainStep.CLOSE),
					failed ? "the application failed to start" : "startup finished, readiness stays REFUSING_TRAFFIC");
		}

		// Load balancers have moved on: participants stop taking work now, while the
		// close stops the lifecycle phases above the web server's; they are awaited with
		// it.
		this.drain.participants().startDraining();
		Duration cap = ShutdownPhaseTimeout.fitToBudget(context, progress.timeLeft(), this.drain.settings().timeout());
		boolean closedElsewhere = close(context);
		String closed = closedElsewhere ? "context closed by another thread" : "context closed";
		logStep(DrainStep.CLOSE, progress.stepDone(DrainStep.EXIT), (cap != null)
				? closed + " (shutdown phases limited to " + Durations.format(cap) + " to fit the budget)" : closed);
		this.drain.ending().completed(this.drain.hasStartupFailed());
	}

	private String refuseReadiness(ConfigurableApplicationContext context) {
		try {
			AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);
			return "readiness is REFUSING_TRAFFIC";
		}
		catch (RuntimeException ex) {
			// A listener failed (one that deregisters from a service registry, say): the
			// refusal was recorded before it ran, and the drain must go on.
			logger.warn("Drain: a listener of the readiness change failed", ex);
			return "readiness is REFUSING_TRAFFIC (a listener of the change failed)";
		}
	}

	/**
	 * Closes the context, or waits for the thread that already does: {@code close()}
	 * returns at once when another thread is closing it (a shutdown endpoint, a failed
	 * startup), and that close is this drain's.
	 * @param context the context
	 * @return whether another thread closed it
	 */
	private boolean close(ConfigurableApplicationContext context) {
		if (!context.isActive()) {
			// Closed already, by a shutdown endpoint or the application's own close
			// while the drain waited.
			return true;
		}
		// Nothing here interrupts this thread; if anything did, close() would close
		// nothing.
		Thread.interrupted();
		try {
			context.close();
		}
		catch (RuntimeException ex) {
			logger.error("Drain: closing the context failed", ex);
		}
		if (!context.isActive()) {
			return false;
		}
		logger.info("Drain: another thread is closing the context, waiting for it to finish");
		while (context.isActive()) {
			LockSupport.parkNanos(CLOSE_POLL.toNanos());
		}
		return true;
	}

	private void logStep(DrainStep step, Duration took, String detail) {
		logger.info("Drain step " + step + " done in " + Durations.format(took) + ": " + detail);
		this.drain.stepDone(step);
	}

}
