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

import java.time.Duration;

import io.github.lifecyclesignals.state.DrainStatus;
import io.github.lifecyclesignals.state.DurationFormat;
import io.github.lifecyclesignals.state.LifecycleState;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.AbstractApplicationContext;
import org.springframework.context.support.DefaultLifecycleProcessor;

/**
 * Fits Spring's per-phase shutdown timeout
 * ({@code spring.lifecycle.timeout-per-shutdown-phase}, 30s by default) into what is left
 * of the drain budget, so that the graceful web server phase gives up on stuck requests
 * before our deadline halts the process, and the log says so.
 *
 * @author lifecycle-signals maintainers
 * @since 0.1.0
 */
final class ShutdownPhaseTimeout {

	/**
	 * Kept back from the budget for the phases after the graceful one and for bean
	 * destruction.
	 */
	static final Duration RESERVE = Duration.ofSeconds(1);

	/** Spring Boot's default for {@code spring.lifecycle.timeout-per-shutdown-phase}. */
	static final Duration DEFAULT = Duration.ofSeconds(30);

	private ShutdownPhaseTimeout() {
	}

	/**
	 * Lowers the per-phase timeout to the time left, less the reserve, if it is longer.
	 * @param context the context about to close
	 * @param state the state, for the time left
	 * @return a note for the log, empty when nothing was capped
	 */
	static String fitToBudget(ConfigurableApplicationContext context, LifecycleState state) {
		DrainStatus drain = state.drain();
		if (drain == null || !context.containsBean(AbstractApplicationContext.LIFECYCLE_PROCESSOR_BEAN_NAME)) {
			return "";
		}
		Object processor = context.getBean(AbstractApplicationContext.LIFECYCLE_PROCESSOR_BEAN_NAME);
		if (!(processor instanceof DefaultLifecycleProcessor defaultProcessor)) {
			return "";
		}
		Duration configured = context.getEnvironment()
			.getProperty("spring.lifecycle.timeout-per-shutdown-phase", Duration.class, DEFAULT);
		Duration left = drain.timeLeft(state.now()).minus(RESERVE);
		Duration cap = left.isNegative() ? Duration.ZERO : left;
		if (configured.compareTo(cap) <= 0) {
			return "";
		}
		defaultProcessor.setTimeoutPerShutdownPhase(cap.toMillis());
		return " (per-phase shutdown timeout set to " + DurationFormat.of(cap) + " to fit the budget)";
	}

}
