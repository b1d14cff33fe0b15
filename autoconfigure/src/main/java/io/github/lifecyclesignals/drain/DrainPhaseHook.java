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

import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.SmartLifecycle;

/**
 * Runs one step of the drain when the context's shutdown reaches a phase next to Boot's
 * graceful web server shutdown: a higher phase stops earlier, a lower one later.
 *
 * @author lifecycle-signals maintainers
 * @since 0.1.0
 */
public final class DrainPhaseHook implements SmartLifecycle {

	/**
	 * Stops just before Boot's graceful shutdown phase, which stops accepting
	 * connections.
	 */
	public static final int BEFORE_GRACEFUL_SHUTDOWN = WebServerApplicationContext.GRACEFUL_SHUTDOWN_PHASE + 1;

	/**
	 * Stops right after Boot's graceful shutdown phase and before the web server stops.
	 */
	public static final int AFTER_GRACEFUL_SHUTDOWN = WebServerApplicationContext.GRACEFUL_SHUTDOWN_PHASE - 1;

	private final int phase;

	private final Runnable onStop;

	private volatile boolean running;

	private DrainPhaseHook(int phase, Runnable onStop) {
		this.phase = phase;
		this.onStop = onStop;
	}

	/**
	 * Names the requests graceful shutdown gave up on, before the server stops and
	 * interrupts them.
	 * @param drain the drain
	 * @return the hook
	 */
	public static DrainPhaseHook webServerDrained(GracefulDrain drain) {
		return new DrainPhaseHook(AFTER_GRACEFUL_SHUTDOWN, drain::webServerDrained);
	}

	/**
	 * Keeps serving through the pre-stop delay when the context closes without a drain
	 * ({@code lifecycle.drain.delay-on-any-close}).
	 * @param drain the drain
	 * @return the hook
	 */
	public static DrainPhaseHook preStopDelayOnAnyClose(GracefulDrain drain) {
		return new DrainPhaseHook(BEFORE_GRACEFUL_SHUTDOWN, drain::delayUnlessDraining);
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

}
