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

import java.util.concurrent.CountDownLatch;

import io.github.lifecyclesignals.internal.ApplicationPhase;
import io.github.lifecyclesignals.internal.Durations;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.context.SmartLifecycle;

/**
 * Keeps serving through the pre-stop delay when the context closes without a drain
 * ({@code lifecycle.drain.delay-on-any-close}): a close from {@code /actuator/shutdown}
 * or code. Spring Boot has already refused readiness when the close began, and the
 * in-flight filters answer {@code Connection: close}. Only a close: a stop before a CRaC
 * checkpoint or a paused test context is not one.
 *
 * @author lifecycle-signals maintainers
 * @since 0.1.0
 */
final class PreStopDelayOnClose implements SmartLifecycle {

	private static final Log logger = LogFactory.getLog(PreStopDelayOnClose.class);

	private final ApplicationPhase phase;

	private final GracefulDrain drain;

	private volatile boolean running;

	PreStopDelayOnClose(ApplicationPhase phase, GracefulDrain drain) {
		this.phase = phase;
		this.drain = drain;
	}

	@Override
	public void start() {
		this.running = true;
	}

	@Override
	public void stop() {
		this.running = false;
		if (!this.phase.isClosing() || this.drain.isStarted()) {
			return;
		}
		DrainSettings settings = this.drain.settings();
		logger.info("Context closing without a drain: keeping serving for the pre-stop delay of "
				+ Durations.format(settings.preStopDelay()));
		PreStopDelay.await(settings.preStopDelay(), settings.adaptive(), this.drain.requests(), new CountDownLatch(1));
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@Override
	public int getPhase() {
		return GracefulShutdownBoundary.BEFORE_GRACEFUL_SHUTDOWN;
	}

	// SmartLifecycle#isPauseable is Spring Framework 7's; without @Override this also
	// compiles for the Boot 3 edition (Framework 6.2), where nothing pauses a context.
	public boolean isPauseable() {
		return false;
	}

}
