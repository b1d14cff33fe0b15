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

import io.github.lifecyclesignals.Durations;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Keeps serving through the pre-stop delay when the context closes without a drain
 * ({@code lifecycle.drain.delay-on-any-close}): a close from {@code /actuator/shutdown}
 * or code. Spring Boot has already refused readiness when the close began, and the
 * in-flight filters answer {@code Connection: close}.
 *
 * @author lifecycle-signals maintainers
 */
final class CloseDelay implements Runnable {

	private static final Log logger = LogFactory.getLog(CloseDelay.class);

	private final GracefulDrain drain;

	CloseDelay(GracefulDrain drain) {
		this.drain = drain;
	}

	@Override
	public void run() {
		if (this.drain.isStarted()) {
			return;
		}
		DrainSettings settings = this.drain.settings();
		logger.info("Context closing without a drain: keeping serving for the pre-stop delay of "
				+ Durations.format(settings.preStopDelay()));
		PreStopDelay.await(settings.preStopDelay(), settings.adaptive(), this.drain.requests(), new CountDownLatch(1));
	}

}
