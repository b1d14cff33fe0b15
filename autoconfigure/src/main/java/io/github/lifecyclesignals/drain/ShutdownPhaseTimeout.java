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

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.AbstractApplicationContext;
import org.springframework.context.support.DefaultLifecycleProcessor;
import org.springframework.core.env.Environment;

/**
 * Fits Spring's per-phase shutdown timeout
 * ({@code spring.lifecycle.timeout-per-shutdown-phase}, 30s by default) into what is left
 * of the drain budget, so that the graceful phase gives up on stuck requests before the
 * deadline halts the process, and the log says so.
 *
 * @author lifecycle-signals maintainers
 */
final class ShutdownPhaseTimeout {

	/**
	 * Kept back from the budget, before the deadline's own reserve, for the phases after
	 * the graceful one, for sending the drain's span (Zipkin's reporter may take a second
	 * to send it) and for bean destruction: at most a fifth of the budget.
	 */
	static final Duration RESERVE = Duration.ofSeconds(2);

	/** Spring Boot's default for {@code spring.lifecycle.timeout-per-shutdown-phase}. */
	static final Duration DEFAULT = Duration.ofSeconds(30);

	private ShutdownPhaseTimeout() {
	}

	/**
	 * Lowers the per-phase timeout to the time left before the deadline, less the
	 * reserve, if it is longer.
	 * @param context the context about to close
	 * @param timeLeft the time left in the budget
	 * @param budget the whole budget, of which the deadline keeps its end
	 * ({@link DrainDeadline#reserve(Duration)})
	 * @return the timeout set, or {@code null} when nothing was changed
	 */
	static @Nullable Duration fitToBudget(ConfigurableApplicationContext context, Duration timeLeft, Duration budget) {
		DefaultLifecycleProcessor processor = processor(context);
		if (processor == null) {
			return null;
		}
		Duration configured = configured(context.getEnvironment());
		Duration fifth = budget.dividedBy(5);
		Duration reserve = (fifth.compareTo(RESERVE) < 0) ? fifth : RESERVE;
		Duration left = timeLeft.minus(DrainDeadline.reserve(budget)).minus(reserve);
		Duration cap = left.isNegative() ? Duration.ZERO : left;
		if (configured.compareTo(cap) <= 0) {
			return null;
		}
		processor.setTimeoutPerShutdownPhase(cap.toMillis());
		// The graceful phase may have a timeout of its own, which takes precedence.
		processor.setTimeoutForShutdownPhase(GracefulShutdownBoundary.GRACEFUL_SHUTDOWN_PHASE, cap.toMillis());
		return cap;
	}

	/**
	 * Spring Boot's per-phase timeout, as configured.
	 * @param environment the environment
	 * @return {@code spring.lifecycle.timeout-per-shutdown-phase}, or its default
	 */
	static Duration configured(Environment environment) {
		// Bound as Spring Boot binds it: "30s" converts without an application's
		// conversion
		// service.
		return Binder.get(environment)
			.bind("spring.lifecycle.timeout-per-shutdown-phase", Duration.class)
			.orElse(DEFAULT);
	}

	/**
	 * Ends the graceful shutdown phase's wait: a repeated signal skips it.
	 * @param context the closing context
	 */
	static void skipGracefulPhase(ApplicationContext context) {
		DefaultLifecycleProcessor processor = processor(context);
		if (processor != null) {
			processor.setTimeoutForShutdownPhase(GracefulShutdownBoundary.GRACEFUL_SHUTDOWN_PHASE, 0);
		}
	}

	// The one place the context's lifecycle processor is looked up: its timeouts are
	// only settable on Spring's own.
	private static @Nullable DefaultLifecycleProcessor processor(ApplicationContext context) {
		try {
			return (context.containsBean(AbstractApplicationContext.LIFECYCLE_PROCESSOR_BEAN_NAME) && context.getBean(
					AbstractApplicationContext.LIFECYCLE_PROCESSOR_BEAN_NAME) instanceof DefaultLifecycleProcessor processor)
							? processor : null;
		}
		catch (IllegalStateException ex) {
			// Another thread closed the context (a shutdown endpoint, the application's
			// own
			// close): its phases have stopped, no timeout is left to set. The bean's
			// definition outlives the close, so containsBean cannot tell.
			return null;
		}
	}

}
