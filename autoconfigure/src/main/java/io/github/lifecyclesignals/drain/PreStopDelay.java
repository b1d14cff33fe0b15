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
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.github.lifecyclesignals.drain.DrainSettings.AdaptiveDelay;
import io.github.lifecyclesignals.internal.Durations;
import org.jspecify.annotations.Nullable;

/**
 * Waits out the pre-stop delay. A fixed delay is a guess: too short loses requests, too
 * long slows every deploy. An adaptive one ends as soon as the callers that probe
 * readiness have seen it fail and no other request has arrived for a quiet period: the
 * load balancers have moved on. It never ends before its floor nor after the configured
 * delay, which is its ceiling and what it falls back to when nothing probes.
 *
 * @author lifecycle-signals maintainers
 */
final class PreStopDelay {

	/** How often an adaptive delay looks at the traffic. */
	static final Duration TICK = Duration.ofMillis(20);

	private PreStopDelay() {
	}

	/**
	 * Waits.
	 * @param ceiling the configured delay
	 * @param adaptive when to end early, or {@code null} for a fixed delay
	 * @param requests the traffic
	 * @param cut counted down by an escalation to end the wait at once
	 * @return why it ended
	 */
	static Result await(Duration ceiling, @Nullable AdaptiveDelay adaptive, InFlightRequests requests,
			CountDownLatch cut) {
		long start = System.nanoTime();
		long probesAtFlip = requests.probes();
		if (adaptive == null || ceiling.isZero()) {
			return new Result(awaitCut(cut, Durations.toNanos(ceiling)) ? Reason.CUT : Reason.ELAPSED, 0);
		}
		long ceilingNanos = Durations.toNanos(ceiling);
		while (true) {
			long elapsed = System.nanoTime() - start;
			long probes = requests.probes() - probesAtFlip;
			if (elapsed >= ceilingNanos) {
				return new Result(Reason.CEILING, probes);
			}
			if (elapsed >= Durations.toNanos(adaptive.floor()) && probes >= adaptive.probes()
					&& requests.sinceLastRequest().compareTo(adaptive.quietPeriod()) >= 0) {
				return new Result(Reason.TRAFFIC_MOVED, probes);
			}
			if (awaitCut(cut, Math.min(ceilingNanos - elapsed, TICK.toNanos()))) {
				return new Result(Reason.CUT, probes);
			}
		}
	}

	private static boolean awaitCut(CountDownLatch cut, long nanos) {
		try {
			return cut.await(nanos, TimeUnit.NANOSECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return true;
		}
	}

	/**
	 * Why the delay ended.
	 *
	 * @param reason the reason
	 * @param probes how many readiness probes were answered 503 during it
	 */
	record Result(Reason reason, long probes) {

	}

	/**
	 * Why a delay ended.
	 */
	enum Reason {

		/** A fixed delay elapsed. */
		ELAPSED,

		/** An escalation cut it short. */
		CUT,

		/** An adaptive delay saw the probes fail and the traffic stop. */
		TRAFFIC_MOVED,

		/** An adaptive delay reached its ceiling. */
		CEILING

	}

}
