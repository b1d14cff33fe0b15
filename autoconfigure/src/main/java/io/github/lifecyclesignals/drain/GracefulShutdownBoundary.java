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

import org.springframework.context.SmartLifecycle;

/**
 * Runs a piece of the drain when the context's close reaches a phase next to Spring
 * Boot's graceful shutdown phase (a higher phase stops earlier, a lower one later). The
 * hooks run on the closing thread.
 *
 * @author lifecycle-signals maintainers
 * @since 0.1.0
 */
final class GracefulShutdownBoundary implements SmartLifecycle {

	/**
	 * Spring Boot's graceful shutdown phase
	 * ({@code WebServerApplicationContext.GRACEFUL_SHUTDOWN_PHASE}), in which the web
	 * server stops accepting and waits for its requests. Defined here so that
	 * applications without a web server need no web classes.
	 */
	public static final int GRACEFUL_SHUTDOWN_PHASE = SmartLifecycle.DEFAULT_PHASE - 1024;

	/** Stops just before the graceful shutdown phase. */
	public static final int BEFORE_GRACEFUL_SHUTDOWN = GRACEFUL_SHUTDOWN_PHASE + 1;

	/** Stops right after the graceful shutdown phase, before the web server stops. */
	public static final int AFTER_GRACEFUL_SHUTDOWN = GRACEFUL_SHUTDOWN_PHASE - 1;

	private final int phase;

	private final Runnable onStop;

	private volatile boolean running;

	private GracefulShutdownBoundary(int phase, Runnable onStop) {
		this.phase = phase;
		this.onStop = onStop;
	}

	/**
	 * Marks the start of the graceful wait, or skips it when the drain was escalated.
	 * @param drain the drain
	 * @return the hook
	 */
	static GracefulShutdownBoundary enteringGracefulShutdown(GracefulDrain drain) {
		return new GracefulShutdownBoundary(BEFORE_GRACEFUL_SHUTDOWN, drain::enteringGracefulShutdown);
	}

	/**
	 * Marks the end of the graceful wait: requests still in flight now outlived it.
	 * @param drain the drain
	 * @return the hook
	 */
	static GracefulShutdownBoundary leftGracefulShutdown(GracefulDrain drain) {
		return new GracefulShutdownBoundary(AFTER_GRACEFUL_SHUTDOWN, drain::leftGracefulShutdown);
	}

	@Override
	public void start() {
		this.running = true;
	}

	@Override
	public void stop() {
		this.onStop.run();
		this.running = false;
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@Override
	public int getPhase() {
		return this.phase;
	}

	/**
	 * Not pauseable: a paused context is not shutting down, and must not sit through a
	 * pre-stop delay.
	 * @return {@code false}
	 */
	// SmartLifecycle#isPauseable is Spring Framework 7's; without @Override this also
	// compiles for the Boot 3 edition (Framework 6.2), where nothing pauses a context.
	public boolean isPauseable() {
		return false;
	}

}
