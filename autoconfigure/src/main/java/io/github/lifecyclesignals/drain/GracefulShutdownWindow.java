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

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationContext;

/**
 * The span of the context's close in which Spring waits for the graceful shutdown phase
 * (the web server finishing its requests), bracketed by two
 * {@link GracefulShutdownBoundary}s that run on the closing thread.
 * <p>
 * An escalation skips that wait without interrupting anything: before the span it sets
 * the phase's timeout to zero; inside it, it stops the web server, which aborts the
 * server's graceful shutdown, whose callback then ends Spring's wait (the next phase
 * would have stopped the server anyway). An interrupt would do harm: before
 * {@code close()} Spring Framework 7 takes its shutdown lock with an interruptible
 * {@code tryLock} and returns without closing anything, and in a bean's {@code stop()} or
 * destruction an interrupt closes NIO channels (a database file) under the code that
 * writes them. The requests still in flight when the span ends are the ones graceful
 * shutdown did not wait for.
 *
 * @author lifecycle-signals maintainers
 */
final class GracefulShutdownWindow {

	private final Runnable endGracefulWait;

	private boolean inside;

	private boolean skip;

	private List<InFlightRequest> outlived = List.of();

	/**
	 * Creates the window.
	 * @param endGracefulWait ends a graceful wait under way (stops the web server)
	 */
	GracefulShutdownWindow(Runnable endGracefulWait) {
		this.endGracefulWait = endGracefulWait;
	}

	/**
	 * Called on the closing thread just before the graceful shutdown phase.
	 * @param drainThread the drain's thread: a close on any other thread is not ours
	 * @param context the closing context
	 */
	synchronized void entering(@Nullable Thread drainThread, ApplicationContext context) {
		if (drainThread != Thread.currentThread()) {
			return;
		}
		if (this.skip) {
			skipWait(context);
		}
		else {
			this.inside = true;
		}
	}

	/**
	 * Called on the closing thread just after the graceful shutdown phase.
	 * @param drainThread the drain's thread: a close on any other thread is not ours
	 * @param requests the requests in flight: those still in flight now outlived graceful
	 * shutdown
	 * @return the requests that outlived it, empty when the close is not the drain's
	 */
	synchronized List<InFlightRequest> left(@Nullable Thread drainThread, InFlightRequests requests) {
		if (drainThread != Thread.currentThread()) {
			return List.of();
		}
		this.inside = false;
		this.outlived = requests.list();
		return this.outlived;
	}

	/**
	 * Skips the graceful wait: now if it is under way, or when it comes.
	 */
	void skip() {
		boolean underWay;
		synchronized (this) {
			this.skip = true;
			underWay = this.inside;
		}
		if (underWay) {
			// Outside the lock: stopping a web server takes its own locks and some time.
			this.endGracefulWait.run();
		}
	}

	synchronized List<InFlightRequest> outlived() {
		return this.outlived;
	}

	private static void skipWait(ApplicationContext context) {
		ShutdownPhaseTimeout.skipGracefulPhase(context);
	}

}
