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

import java.util.HashSet;
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
 * retry must never halt a process. Not thread-safe: {@link GracefulDrain} decides under
 * its lock.
 *
 * @author lifecycle-signals maintainers
 */
final class DrainEscalation {

	private final Set<String> escalateOn;

	private final Set<String> received = new HashSet<>();

	private boolean started;

	private int escalations;

	DrainEscalation(Set<String> escalateOn) {
		this.escalateOn = escalateOn;
	}

	Decision decide(Trigger trigger) {
		String signal = trigger.signal();
		boolean repeated = signal != null && !this.received.add(signal);
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
		ALREADY_DRAINING

	}

}
