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
import java.util.concurrent.locks.LockSupport;

import io.github.lifecyclesignals.state.DrainResult;
import io.github.lifecyclesignals.state.DrainSettings;
import io.github.lifecyclesignals.state.DrainStatus;
import io.github.lifecyclesignals.state.DurationFormat;
import io.github.lifecyclesignals.state.InFlightRequest;
import io.github.lifecyclesignals.state.LifecycleState;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * The hard end of a drain: when the budget runs out, name every request still in flight
 * and halt. Halt, not exit: shutdown hooks may be exactly what is stuck, and
 * {@code System.exit} would wait for them for ever.
 *
 * @author lifecycle-signals maintainers
 * @since 0.1.0
 */
final class DrainDeadline {

	static final String THREAD_NAME = "lifecycle-drain-deadline";

	private static final Log logger = LogFactory.getLog(DrainDeadline.class);

	private DrainDeadline() {
	}

	static void arm(LifecycleState state, DrainSettings settings, ProcessExit exit) {
		DrainStatus drain = state.drain();
		if (drain == null) {
			return;
		}
		Thread thread = new Thread(() -> {
			waitUntilDeadline(state, drain);
			expire(state, settings, exit);
		}, THREAD_NAME);
		thread.setDaemon(true);
		thread.start();
	}

	private static void waitUntilDeadline(LifecycleState state, DrainStatus drain) {
		Duration left = drain.timeLeft(state.now());
		while (!left.isZero()) {
			LockSupport.parkNanos(left.toNanos());
			left = drain.timeLeft(state.now());
		}
	}

	private static void expire(LifecycleState state, DrainSettings settings, ProcessExit exit) {
		List<InFlightRequest> stuck = state.requests().list();
		DrainStatus drain = state.drain();
		String step = (drain != null) ? drain.currentStep() : "unknown";
		if (stuck.isEmpty()) {
			logger.warn("Drain budget of " + DurationFormat.of(settings.timeout()) + " exhausted in step '" + step
					+ "' with no request in flight: a lifecycle bean or shutdown hook is stuck");
		}
		else {
			logger.warn("Drain budget of " + DurationFormat.of(settings.timeout()) + " exhausted in step '" + step
					+ "', " + stuck.size() + " request(s) still in flight: " + stuck);
		}
		DrainStatus ended = state.drainEnded(DrainResult.TIMEOUT, settings.timeoutExitCode(), stuck.size());
		int code = settings.timeoutExitCode();
		if (ended != null) {
			logger.warn(DrainSummary.of(ended));
		}
		else if (drain != null && drain.exitCode() != null) {
			// The drain had ended but its exit is stuck in shutdown hooks: keep the code
			// it chose.
			code = drain.exitCode();
		}
		exit.halt(code);
	}

}
