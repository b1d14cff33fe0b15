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

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.SmartApplicationListener;
import org.springframework.core.Ordered;

/**
 * Tells the drain when startup has finished, and keeps a drain that began during startup
 * in charge of readiness. Spring Boot publishes {@code ReadinessState.ACCEPTING_TRAFFIC}
 * right after {@link ApplicationReadyEvent}; when a drain is under way this listener, the
 * last one for that event, holds the starting thread until the drain has closed the
 * context and ended the process, so readiness never goes back to accepting traffic.
 *
 * @author lifecycle-signals maintainers
 * @since 0.1.0
 */
final class StartupGate implements SmartApplicationListener {

	private static final Log logger = LogFactory.getLog(StartupGate.class);

	private final ApplicationContext context;

	private final GracefulDrain drain;

	StartupGate(ApplicationContext context, GracefulDrain drain) {
		this.context = context;
		this.drain = drain;
	}

	@Override
	public boolean supportsEventType(Class<? extends ApplicationEvent> eventType) {
		return ApplicationReadyEvent.class.isAssignableFrom(eventType)
				|| ApplicationFailedEvent.class.isAssignableFrom(eventType)
				|| ContextClosedEvent.class.isAssignableFrom(eventType);
	}

	@Override
	public void onApplicationEvent(ApplicationEvent event) {
		if (event instanceof ApplicationReadyEvent ready && ready.getApplicationContext() == this.context) {
			this.drain.startupEnded(false);
			if (this.drain.isStarted()) {
				logger
					.info("Startup finished during a drain: readiness stays REFUSING_TRAFFIC until the process exits");
				this.drain.awaitDrainThread();
			}
		}
		else if (event instanceof ApplicationFailedEvent failed && failed.getApplicationContext() == this.context) {
			this.drain.startupEnded(true);
		}
		else if (event instanceof ContextClosedEvent closed && closed.getApplicationContext() == this.context) {
			// Closed before it was ever ready (a runner closed it, or it stopped
			// running): no ready event will come.
			this.drain.startupEnded(false);
		}
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
