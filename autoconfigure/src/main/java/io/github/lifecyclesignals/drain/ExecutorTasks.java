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

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * The tasks running on the application's thread pools ({@code @Async} work on
 * {@link ThreadPoolTaskExecutor}s, jobs on {@link ThreadPoolTaskScheduler}s), awaited
 * with the web server's graceful shutdown.
 * <p>
 * Spring Framework 7 already stops pools from taking new tasks when the context closes
 * (unless {@code acceptTasksAfterContextClose}), and waits for their running tasks in
 * their own lifecycle phase ({@code Integer.MAX_VALUE / 2}), after the web server's: a
 * second wait, each up to the phase timeout. Then it destroys them, interrupting what
 * still runs and dropping what is queued. Awaited here instead, those tasks finish within
 * the one budget, at the same time as the requests, and one still running when the wait
 * ends is named. Queued tasks of an executor count too: they were accepted. A scheduler's
 * queue holds its next runs, not work, so only its running tasks count.
 *
 * @author lifecycle-signals maintainers
 * @since 0.1.0
 */
final class ExecutorTasks implements DrainParticipant {

	/** The participant's name in the endpoint and the log. */
	public static final String NAME = "executors";

	private final Supplier<Map<String, ThreadPoolTaskExecutor>> executors;

	private final Supplier<Map<String, ThreadPoolTaskScheduler>> schedulers;

	/**
	 * Creates the participant.
	 * @param executors the executor beans by name, looked up when asked
	 * @param schedulers the scheduler beans by name, looked up when asked
	 */
	ExecutorTasks(Supplier<Map<String, ThreadPoolTaskExecutor>> executors,
			Supplier<Map<String, ThreadPoolTaskScheduler>> schedulers) {
		this.executors = executors;
		this.schedulers = schedulers;
	}

	@Override
	public void drain() {
		// Spring stops the pools taking new tasks when the context closes; a task a
		// request still in flight submits before then is work like any other.
	}

	@Override
	public int inFlight() {
		int count = 0;
		for (ThreadPoolTaskExecutor executor : this.executors.get().values()) {
			ThreadPoolExecutor pool = pool(executor);
			count += (pool != null) ? pool.getActiveCount() + pool.getQueue().size() : 0;
		}
		for (ThreadPoolTaskScheduler scheduler : this.schedulers.get().values()) {
			count += active(scheduler);
		}
		return count;
	}

	@Override
	public @Nullable String describeInFlight() {
		List<String> busy = new ArrayList<>();
		this.executors.get().forEach((name, executor) -> {
			ThreadPoolExecutor pool = pool(executor);
			if (pool != null && pool.getActiveCount() + pool.getQueue().size() > 0) {
				busy.add(name + ": " + pool.getActiveCount() + " running, " + pool.getQueue().size() + " queued");
			}
		});
		this.schedulers.get().forEach((name, scheduler) -> {
			int active = active(scheduler);
			if (active > 0) {
				busy.add(name + ": " + active + " running");
			}
		});
		return String.join("; ", busy);
	}

	@Override
	public String participantName() {
		return NAME;
	}

	private static @Nullable ThreadPoolExecutor pool(ThreadPoolTaskExecutor executor) {
		try {
			ThreadPoolExecutor pool = executor.getThreadPoolExecutor();
			return pool.isTerminated() ? null : pool;
		}
		catch (IllegalStateException ex) {
			// Not initialized, or already shut down and gone.
			return null;
		}
	}

	private static int active(ThreadPoolTaskScheduler scheduler) {
		try {
			return scheduler.getScheduledThreadPoolExecutor().getActiveCount();
		}
		catch (IllegalStateException ex) {
			return 0;
		}
	}

}
