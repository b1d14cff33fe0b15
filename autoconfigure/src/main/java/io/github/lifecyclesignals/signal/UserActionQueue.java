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

package io.github.lifecyclesignals.signal;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import io.github.lifecyclesignals.internal.Durations;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Runs the user's {@link SignalAction} beans one at a time, in the order their signals
 * arrived, each on a worker thread with a time limit. An action that does not return in
 * time is reported and left on its thread; the next one runs on another. Nothing here is
 * ever in the way of a built-in action such as a drain.
 *
 * @author lifecycle-signals maintainers
 */
final class UserActionQueue {

	/** How many actions may be stuck at once before further ones are refused. */
	static final int MAX_WORKERS = 8;

	private static final Log logger = LogFactory.getLog(UserActionQueue.class);

	private final Duration timeout;

	private final ThreadPoolExecutor lane;

	private final ThreadPoolExecutor workers;

	UserActionQueue(Duration timeout) {
		this.timeout = timeout;
		// Bounded, so that a flood of signals cannot grow the heap.
		this.lane = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(1024),
				daemonThreads("lifecycle-signals-lane"));
		this.workers = new ThreadPoolExecutor(0, MAX_WORKERS, 30, TimeUnit.SECONDS, new SynchronousQueue<>(),
				daemonThreads("lifecycle-signals-action-"));
	}

	/**
	 * Queues an action.
	 * @param signal the signal
	 * @param name the bean name
	 * @param action the action
	 * @param outcome receives what came of it, once
	 */
	void submit(ReceivedSignal signal, String name, SignalAction action, Consumer<String> outcome) {
		try {
			this.lane.execute(() -> outcome.accept(run(signal, name, action)));
		}
		catch (RejectedExecutionException ex) {
			outcome.accept("dropped: too many signals waiting for their actions");
		}
	}

	private String run(ReceivedSignal signal, String name, SignalAction action) {
		Future<String> result;
		try {
			result = this.workers.submit(() -> action.handle(signal));
		}
		catch (RejectedExecutionException ex) {
			logger.warn("Action '" + name + "' for SIG" + signal.name() + " not run: " + MAX_WORKERS
					+ " earlier actions have not returned");
			return "refused: " + MAX_WORKERS + " earlier actions have not returned";
		}
		try {
			String outcome = result.get(Durations.toNanos(this.timeout), TimeUnit.NANOSECONDS);
			logger.info("Received SIG" + signal.name() + ", " + name + ": " + outcome);
			return String.valueOf(outcome);
		}
		catch (TimeoutException ex) {
			logger.warn("Action '" + name + "' for SIG" + signal.name() + " did not finish within "
					+ Durations.format(this.timeout) + "; it keeps its thread, later actions run on another");
			return "timed out after " + Durations.format(this.timeout) + ", still running";
		}
		catch (ExecutionException ex) {
			Throwable cause = (ex.getCause() != null) ? ex.getCause() : ex;
			// The type and where, never the message: an exception's message may carry
			// what the action worked with (a URL with a password, a token). Its
			// DEBUG level logs it all, for whoever asks.
			logger.error("Received SIG" + signal.name() + ", action '" + name + "' failed: " + where(cause)
					+ " (its message is logged at DEBUG for " + UserActionQueue.class.getName() + ")");
			if (logger.isDebugEnabled()) {
				logger.debug("Action '" + name + "' failed", cause);
			}
			return "failed: " + cause.getClass().getSimpleName();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return "interrupted: the application is closing";
		}
	}

	/**
	 * An exception without its messages: its type where it was thrown, and the types of
	 * its causes.
	 * @param failure the exception
	 * @return the description
	 */
	static String where(Throwable failure) {
		StringBuilder description = new StringBuilder();
		int depth = 0;
		for (Throwable current = failure; current != null && depth < 10; current = current.getCause(), depth++) {
			if (current != failure) {
				description.append(", caused by ");
			}
			description.append(current.getClass().getName());
			StackTraceElement[] trace = current.getStackTrace();
			if (trace.length > 0) {
				description.append(" at ").append(trace[0]);
			}
		}
		return description.toString();
	}

	void stop() {
		this.lane.shutdownNow();
		this.workers.shutdownNow();
	}

	private static java.util.concurrent.ThreadFactory daemonThreads(String prefix) {
		AtomicInteger count = new AtomicInteger();
		return (task) -> {
			String name = prefix.endsWith("-") ? prefix + count.incrementAndGet() : prefix;
			Thread thread = new Thread(task, name);
			// Daemon: never what keeps a JVM alive once the application is closed.
			thread.setDaemon(true);
			return thread;
		};
	}

}
