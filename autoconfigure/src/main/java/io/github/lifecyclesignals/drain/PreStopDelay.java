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

import io.github.lifecyclesignals.state.DrainSettings.AdaptiveDelay;
import io.github.lifecyclesignals.state.DurationFormat;
import io.github.lifecyclesignals.state.InFlightRequests;
import org.jspecify.annotations.Nullable;

/**
 * Waits out the pre-stop delay. A fixed delay is a guess: too short loses requests, too
 * long slows every deploy. An adaptive one ends as soon as the callers that probe
 * readiness have seen it fail and no other request has arrived for a quiet period: the
 * load balancers have moved on. It never ends before its floor nor after the configured
 * delay, which is its ceiling and what it falls back to when nothing probes.
 *
 * @author lifecycle-signals maintainers
 * @since 0.1.0
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
	 * @return a note for the log on why an adaptive delay ended, empty otherwise
	 */
	static String await(Duration ceiling, @Nullable AdaptiveDelay adaptive, InFlightRequests requests,
			CountDownLatch cut) {
		if (adaptive == null || ceiling.isZero()) {
			awaitCut(cut, ceiling);
			return "";
		}
		long start = System.nanoTime();
		long probesAtFlip = requests.probes();
		while (true) {
			Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
			if (elapsed.compareTo(ceiling) >= 0) {
				return ", adaptive delay reached its ceiling (" + (requests.probes() - probesAtFlip)
						+ " probe(s) answered 503)";
			}
			long probes = requests.probes() - probesAtFlip;
			if (elapsed.compareTo(adaptive.floor()) >= 0 && probes >= adaptive.probes()
					&& requests.sinceLastRequest().compareTo(adaptive.quietPeriod()) >= 0) {
				return ", adaptive delay ended: " + probes + " probe(s) answered 503 and no request for "
						+ DurationFormat.of(adaptive.quietPeriod());
			}
			Duration left = ceiling.minus(elapsed);
			if (awaitCut(cut, (left.compareTo(TICK) < 0) ? left : TICK)) {
				return "";
			}
		}
	}

	private static boolean awaitCut(CountDownLatch cut, Duration timeout) {
		try {
			return cut.await(timeout.toNanos(), TimeUnit.NANOSECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return true;
		}
	}

}
