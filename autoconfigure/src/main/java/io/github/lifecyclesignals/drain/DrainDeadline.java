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

/**
 * The hard end of a drain: when the budget runs out, name every request still in flight
 * and halt. Halt, not exit: shutdown hooks may be exactly what is stuck, and
 * {@code System.exit} would wait for them for ever. The deadline comes a little before
 * the budget's end ({@link #reserve(Duration)}): reporting the end and sending the
 * drain's trace and last meter values take time too, and the budget bounds everything.
 *
 * @author lifecycle-signals maintainers
 */
final class DrainDeadline {

	static final String THREAD_NAME = "lifecycle-drain-deadline";

	private DrainDeadline() {
	}

	/**
	 * Starts the deadline's thread.
	 * @param progress the drain, for the time left
	 * @param budget the drain's budget
	 * @param expire what to do when the budget has run out
	 */
	static void arm(DrainProgress progress, Duration budget, Runnable expire) {
		Duration reserve = reserve(budget);
		Thread thread = new Thread(() -> {
			Duration left = progress.timeLeft().minus(reserve);
			while (left.compareTo(Duration.ZERO) > 0) {
				LockSupport.parkNanos(Durations.toNanos(left));
				left = progress.timeLeft().minus(reserve);
			}
			expire.run();
		}, THREAD_NAME);
		// A daemon: it must not keep a JVM alive whose drain has ended.
		thread.setDaemon(true);
		thread.start();
	}

	/**
	 * The end of the budget kept for reporting a drain that ran out of time: what the
	 * halt may wait for its log lines and telemetry ({@link DrainExit#HALT_GUARD}), at
	 * most a fifth of the budget.
	 * @param budget the budget
	 * @return the time kept
	 */
	static Duration reserve(Duration budget) {
		Duration fifth = budget.dividedBy(5);
		return (fifth.compareTo(DrainExit.HALT_GUARD) < 0) ? fifth : DrainExit.HALT_GUARD;
	}

}
