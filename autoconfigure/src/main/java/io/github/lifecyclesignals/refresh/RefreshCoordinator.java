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

import java.util.Locale;

import io.github.lifecyclesignals.state.LifecyclePhase;
import io.github.lifecyclesignals.state.LifecycleState;
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
public final class RefreshCoordinator {

	/** Name of the refresh thread. */
	public static final String THREAD_NAME = "lifecycle-refresh";

	private static final Log logger = LogFactory.getLog(RefreshCoordinator.class);

	private final TransactionalRefresher refresher;

	private final LifecycleState state;

	private boolean running;

	private boolean pending;

	private String pendingTrigger = "";

	public RefreshCoordinator(TransactionalRefresher refresher, LifecycleState state) {
		this.refresher = refresher;
		this.state = state;
	}

	/**
	 * Asks for a refresh.
	 * @param trigger what asks, for example {@code SIGHUP}
	 * @return what was done, in a few words
	 */
	public synchronized String request(String trigger) {
		LifecyclePhase phase = this.state.phase();
		if (phase == LifecyclePhase.STARTING) {
			logger.warn("Configuration refresh requested by " + trigger + " refused: the application is not ready yet");
			return "refused: not ready";
		}
		if (this.state.isShuttingDown()) {
			logger.warn("Configuration refresh requested by " + trigger + " refused: the application is " + phase);
			return "refused: " + phase.name().toLowerCase(Locale.ROOT);
		}
		if (this.running) {
			boolean alreadyPending = this.pending;
			this.pending = true;
			this.pendingTrigger = trigger;
			return alreadyPending ? "coalesced into the pending refresh" : "pending after the running refresh";
		}
		this.running = true;
		Thread thread = new Thread(() -> runFrom(trigger), THREAD_NAME);
		thread.setDaemon(true);
		thread.start();
		return "refresh started";
	}

	private void runFrom(String trigger) {
		@Nullable String next = trigger;
		while (next != null) {
			try {
				this.refresher.refresh(next);
			}
			catch (RuntimeException ex) {
				logger.error("Configuration refresh failed unexpectedly", ex);
			}
			next = takePending();
		}
	}

	private synchronized @Nullable String takePending() {
		if (this.pending && !this.state.isShuttingDown()) {
			this.pending = false;
			return this.pendingTrigger;
		}
		this.pending = false;
		this.running = false;
		return null;
	}

}
