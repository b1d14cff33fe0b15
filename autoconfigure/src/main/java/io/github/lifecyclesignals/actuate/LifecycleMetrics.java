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

package io.github.lifecyclesignals.actuate;

import io.github.lifecyclesignals.internal.LifecyclePhase;
import io.github.lifecyclesignals.internal.LifecycleStatus;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * The lifecycle's meters: their names, a stable contract, and the {@code lifecycle.state}
 * gauge. Each feature binds its own meters (signals, drain, refresh, connections) from
 * its own status when it is active; every meter reads that status when it is scraped and
 * none is written to, so the meters can never disagree with the endpoint.
 *
 * @author lifecycle-signals maintainers
 * @since 0.1.0
 */
public final class LifecycleMetrics implements MeterBinder {

	/** Counter of received signals, tag {@code signal}. */
	public static final String SIGNALS_RECEIVED = "lifecycle.signals.received";

	/**
	 * Gauge per configured signal and binding status, 1 for the signal's status and 0 for
	 * the others, tags {@code signal} and {@code status} ({@code BOUND},
	 * {@code SHADOWED}, {@code IGNORED}, {@code REFUSED}, {@code DEFAULT}).
	 */
	public static final String SIGNALS_BINDINGS = "lifecycle.signals.bindings";

	/** Gauge per phase, 1 for the current one and 0 for the others, tag {@code state}. */
	public static final String STATE = "lifecycle.state";

	/** Gauge of requests being served. */
	public static final String REQUESTS_IN_FLIGHT = "lifecycle.requests.inflight";

	/**
	 * Gauge of open long-lived connections, tag {@code kind} ({@code stream},
	 * {@code websocket}).
	 */
	public static final String CONNECTIONS_OPEN = "lifecycle.connections.open";

	/**
	 * Gauge of message listener containers, tags {@code broker} ({@code kafka},
	 * {@code rabbit}) and {@code state} ({@code running}, {@code paused},
	 * {@code stopping}, {@code stopped}).
	 */
	public static final String MESSAGING_CONTAINERS = "lifecycle.messaging.containers";

	/**
	 * The drain's observation: a long-task timer {@code lifecycle.drain.active} while it
	 * runs, a counter per step ({@code lifecycle.drain.readiness}, ...), and a timer,
	 * tags {@code trigger}, {@code result}, {@code exit.code}, {@code error}, that Spring
	 * Boot's meter registries, closed as the context's close begins, no longer take: in a
	 * Spring Boot application its end is in the span and in {@link #DRAIN_RESULT}.
	 */
	public static final String DRAIN = "lifecycle.drain";

	/**
	 * Gauge of the seconds left in the budget of the drain under way, NaN while none is.
	 */
	public static final String DRAIN_BUDGET_REMAINING = "lifecycle.drain.budget.remaining";

	/** Gauge of the seconds since the drain began, until it ended; NaN before a drain. */
	public static final String DRAIN_ELAPSED = "lifecycle.drain.elapsed";

	/**
	 * Gauge per result, 1 for the result the drain ended with and 0 for the others, tag
	 * {@code result} ({@code clean}, {@code timeout}, {@code escalated}, {@code forced},
	 * {@code failed}).
	 */
	public static final String DRAIN_RESULT = "lifecycle.drain.result";

	/** Counter of requests a drain gave up on. */
	public static final String DRAIN_REQUESTS_ABANDONED = "lifecycle.drain.requests.abandoned";

	/**
	 * Timer of refreshes, tags {@code trigger}, {@code outcome}, {@code error}: the
	 * refresh's observation, with {@code lifecycle.refresh.active} while one runs.
	 */
	public static final String REFRESH = "lifecycle.refresh";

	/**
	 * Gauge per outcome, 1 for the latest refresh's outcome and 0 for the others (all 0
	 * before the first refresh), tag {@code outcome}.
	 */
	public static final String REFRESH_LAST = "lifecycle.refresh.last";

	/**
	 * Counter of the changed keys of applied refreshes, tag {@code class} ({@code live},
	 * {@code restart-required}, {@code shadowed}, {@code unused}).
	 */
	public static final String REFRESH_KEYS = "lifecycle.refresh.keys";

	/** Gauge of the keys whose configured value only takes effect after a restart. */
	public static final String REFRESH_RESTART_REQUIRED = "lifecycle.refresh.restart.required";

	private final LifecycleStatus status;

	LifecycleMetrics(LifecycleStatus status) {
		this.status = status;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		for (LifecyclePhase phase : LifecyclePhase.values()) {
			Gauge.builder(STATE, this.status, (status) -> (status.phase() == phase) ? 1 : 0)
				.tag("state", phase.name())
				.description("Whether the application is in this lifecycle state (1) or not (0)")
				.register(registry);
		}
	}

}
