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

import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;

/**
 * Keeps readiness refused once a drain has started: if anything publishes
 * {@code ACCEPTING_TRAFFIC} during a drain, the refusal is published again before that
 * event returns. It is created after the application's {@link ApplicationAvailability},
 * so it hears each change after that bean has recorded it.
 *
 * @author lifecycle-signals maintainers
 * @since 0.1.0
 */
final class ReadinessGuard implements ApplicationListener<AvailabilityChangeEvent<?>>, Ordered {

	private static final Log logger = LogFactory.getLog(ReadinessGuard.class);

	private final ApplicationContext context;

	private final GracefulDrain drain;

	/**
	 * Creates the guard, after the bean that records availability (its bean method
	 * depends on it), which must hear each event before this guard does.
	 * @param context the application's context
	 * @param drain the drain
	 */
	ReadinessGuard(ApplicationContext context, GracefulDrain drain) {
		this.context = context;
		this.drain = drain;
	}

	@Override
	public void onApplicationEvent(AvailabilityChangeEvent<?> event) {
		if (event.getState() == ReadinessState.ACCEPTING_TRAFFIC && this.drain.isStarted()) {
			logger.warn("Readiness was set to ACCEPTING_TRAFFIC during a drain: refusing traffic again");
			AvailabilityChangeEvent.publish(this.context, ReadinessState.REFUSING_TRAFFIC);
		}
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
