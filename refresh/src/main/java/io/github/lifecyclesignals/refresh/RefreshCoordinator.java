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

package io.github.lifecyclesignals.refresh;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

import io.github.lifecyclesignals.internal.ApplicationPhase;
import io.github.lifecyclesignals.signal.Trigger;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

/**
 * Runs refreshes one at a time on a thread of its own, and coalesces a burst: requests
 * that arrive while one runs result in at most one more, never a queue and never a thread
 * per signal.
 *
 * @author lifecycle-signals maintainers
 * @since 0.1.0
 */
final class RefreshCoordinator {

	/** Name of the refresh thread. */
	public static final String THREAD_NAME = "lifecycle-refresh";

	private static final Log logger = LogFactory.getLog(RefreshCoordinator.class);

	private final Function<Trigger, RefreshRecord> refresher;

	private final ApplicationPhase phase;

	private final RefreshHistory history;

	private boolean running;

	private @Nullable Trigger pending;

	private List<CompletableFuture<RefreshRecord>> waiting = new ArrayList<>();

	RefreshCoordinator(Function<Trigger, RefreshRecord> refresher, ApplicationPhase phase, RefreshHistory history) {
		this.refresher = refresher;
		this.phase = phase;
		this.history = history;
	}

	/**
	 * Asks for a refresh.
	 * @param trigger what asks, for example {@code SIGHUP}
	 * @return what was done, in a few words
	 */
	String request(Trigger trigger) {
		return request(trigger, null).text();
	}

	/**
	 * Asks for a refresh and waits for it: the one that runs next, which may be coalesced
	 * with others.
	 * @param trigger what asks
	 * @param timeout how long to wait at most
	 * @return the refresh, or {@code null} if it was refused or did not end in time
	 */
	@Nullable RefreshRecord requestAndWait(Trigger trigger, Duration timeout) {
		CompletableFuture<RefreshRecord> done = new CompletableFuture<>();
		if (request(trigger, done).isRefused()) {
			return null;
		}
		try {
			return done.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return null;
		}
		catch (ExecutionException | TimeoutException ex) {
			return null;
		}
	}

	private static void logRefused(Trigger trigger, Request refused) {
		// A signal's outcome is logged where it is received, in one line with the
		// signal: a HUP storm during a drain must not log each refusal twice.
		if (trigger.signal() == null) {
			logger.warn("Configuration refresh requested by " + trigger + " refused: the application is "
					+ refused.text().substring("refused: ".length()));
		}
	}

	private synchronized Request request(Trigger trigger, @Nullable CompletableFuture<RefreshRecord> done) {
		if (this.phase.isShuttingDown()) {
			Request refused = this.phase.isClosing() ? Request.REFUSED_STOPPING : Request.REFUSED_DRAINING;
			logRefused(trigger, refused);
			return refused;
		}
		if (!this.phase.isRunning()) {
			logRefused(trigger, Request.REFUSED_NOT_READY);
			return Request.REFUSED_NOT_READY;
		}
		if (done != null) {
			this.waiting.add(done);
		}
		if (this.running) {
			boolean alreadyPending = this.pending != null;
			this.pending = trigger;
			return alreadyPending ? Request.COALESCED : Request.PENDING;
		}
		this.running = true;
		this.history.running(true);
		List<CompletableFuture<RefreshRecord>> waiters = takeWaiting();
		Thread thread = new Thread(() -> runFrom(trigger, waiters), THREAD_NAME);
		thread.setDaemon(true);
		thread.start();
		return Request.STARTED;
	}

	/**
	 * Runs a warm-up on the refresh thread: requests that arrive meanwhile wait for it,
	 * as for a refresh.
	 * @param warmUp the warm-up
	 */
	synchronized void warmUp(Runnable warmUp) {
		if (this.running || this.phase.isShuttingDown()) {
			return;
		}
		this.running = true;
		Thread thread = new Thread(() -> {
			try {
				warmUp.run();
			}
			catch (Throwable ex) {
				logger.debug("Configuration refresh warm-up failed", ex);
			}
			Trigger next;
			List<CompletableFuture<RefreshRecord>> waiters;
			synchronized (this) {
				next = takePending();
				waiters = takeWaiting();
				if (next != null) {
					this.history.running(true);
				}
			}
			Thread.currentThread().setPriority(Thread.NORM_PRIORITY);
			runFrom(next, waiters);
		}, THREAD_NAME);
		thread.setDaemon(true);
		// Below the application's own threads: the warm-up only saves a later refresh
		// time.
		thread.setPriority(Thread.MIN_PRIORITY);
		thread.start();
	}

	private void runFrom(@Nullable Trigger first, List<CompletableFuture<RefreshRecord>> firstWaiters) {
		Trigger next = first;
		List<CompletableFuture<RefreshRecord>> waiters = firstWaiters;
		while (next != null) {
			RefreshRecord record = null;
			try {
				record = this.refresher.apply(next);
			}
			catch (Throwable ex) {
				// Even an Error (a placeholder chain deep enough to overflow the stack, a
				// class gone from a replaced jar) must leave the coordinator able to run
				// the next refresh.
				logger.error("Configuration refresh failed unexpectedly (" + RefreshFailure.describe(ex) + ")");
			}
			for (CompletableFuture<RefreshRecord> waiter : waiters) {
				if (record != null) {
					waiter.complete(record);
				}
				else {
					waiter.completeExceptionally(new IllegalStateException("refresh failed"));
				}
			}
			synchronized (this) {
				next = takePending();
				waiters = takeWaiting();
			}
		}
		// Requests that came in as the application began shutting down: not run.
		waiters.forEach((waiter) -> waiter.completeExceptionally(new IllegalStateException("not run")));
	}

	private List<CompletableFuture<RefreshRecord>> takeWaiting() {
		List<CompletableFuture<RefreshRecord>> waiters = this.waiting;
		this.waiting = new ArrayList<>();
		return waiters;
	}

	// Takes the pending request, or ends this run when there is none: in one step (under
	// the lock), so that a request arriving meanwhile is never lost.
	private @Nullable Trigger takePending() {
		Trigger pending = this.pending;
		this.pending = null;
		if (pending == null || this.phase.isShuttingDown()) {
			this.running = false;
			this.history.running(false);
			return null;
		}
		return pending;
	}

	/**
	 * What became of a request for a refresh.
	 */
	enum Request {

		/** A refresh started on the refresh thread. */
		STARTED("refresh started"),

		/** A refresh runs: this one follows it. */
		PENDING("pending after the running refresh"),

		/** A refresh runs and another is pending: this one joins the pending one. */
		COALESCED("coalesced into the pending refresh"),

		/** Refused: the application has not finished starting. */
		REFUSED_NOT_READY("refused: not ready"),

		/** Refused: a drain has begun. */
		REFUSED_DRAINING("refused: draining"),

		/** Refused: the context is closing. */
		REFUSED_STOPPING("refused: stopping");

		private final String text;

		Request(String text) {
			this.text = text;
		}

		/**
		 * What was done, for the log and the {@code lifecycle} endpoint.
		 * @return the text
		 */
		String text() {
			return this.text;
		}

		boolean isRefused() {
			return this == REFUSED_NOT_READY || this == REFUSED_DRAINING || this == REFUSED_STOPPING;
		}

	}

}
