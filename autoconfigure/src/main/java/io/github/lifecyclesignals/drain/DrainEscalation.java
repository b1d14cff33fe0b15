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
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import io.github.lifecyclesignals.signal.Trigger;

/**
 * Which request starts the drain, and which later ones escalate it. The first request
 * starts it; then each repetition of a signal listed in
 * {@code lifecycle.drain.escalate-on} (the same signal received again during this drain)
 * escalates one level: skip the waits, then halt. A signal's first arrival during a drain
 * another trigger started is not a repetition (the kubelet's SIGTERM after a drain the
 * endpoint started must not cut requests short), and the endpoint never escalates:
 * orchestrators and colleagues send SIGTERM twice without meaning "hurry", and an HTTP
 * retry must never halt a process. Copies of one signal are not repetitions either: a
 * signal that arrives sooner than {@code lifecycle.drain.escalate-min-interval} after the
 * last one of its kind that counted is the same signal again (kill on a process group, a
 * supervisor and a shell both forwarding, a kill loop: 50 SIGTERMs in 100 ms once halted
 * a service that had answered orders it had not written yet). Not thread-safe:
 * {@link GracefulDrain} decides under its lock.
 *
 * @author lifecycle-signals maintainers
 */
final class DrainEscalation {

	private final Set<String> escalateOn;

	private final Duration minInterval;

	private final Set<String> received = new HashSet<>();

	private final Map<String, Long> lastCounted = new HashMap<>();

	private boolean started;

	private int escalations;

	DrainEscalation(Set<String> escalateOn, Duration minInterval) {
		this.escalateOn = escalateOn;
		this.minInterval = minInterval;
	}

	/**
	 * Decides what a request does.
	 * @param trigger what asks
	 * @param nanoTime when it arrived, as {@link System#nanoTime()}
	 * @return the decision
	 */
	Decision decide(Trigger trigger, long nanoTime) {
		String signal = trigger.signal();
		boolean repeated = signal != null && !this.received.add(signal);
		if (signal != null && repeated && isCopy(signal, nanoTime)) {
			return Decision.SAME_SIGNAL;
		}
		if (signal != null) {
			this.lastCounted.put(signal, nanoTime);
		}
		if (!this.started) {
			this.started = true;
			return Decision.START;
		}
		if (!repeated || !this.escalateOn.contains(signal)) {
			return Decision.ALREADY_DRAINING;
		}
		this.escalations++;
		return (this.escalations == 1) ? Decision.SKIP_WAITS : Decision.HALT;
	}

	private boolean isCopy(String signal, long nanoTime) {
		Long last = this.lastCounted.get(signal);
		return last != null && nanoTime - last < this.minInterval.toNanos();
	}

	/**
	 * What a request does.
	 */
	enum Decision {

		/** Start the drain. */
		START,

		/** Skip what is left of the pre-stop delay and the graceful wait. */
		SKIP_WAITS,

		/** Halt the process now. */
		HALT,

		/** Nothing: a drain is under way and this request does not escalate it. */
		ALREADY_DRAINING,

		/**
		 * Nothing: a copy of a signal that counted moments ago, not a repetition.
		 */
		SAME_SIGNAL

	}

}
