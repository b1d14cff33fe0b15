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

package io.github.lifecyclesignals.metrics;

import java.util.Collection;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import io.github.lifecyclesignals.connection.ConnectionKind;
import io.github.lifecyclesignals.connection.LongLivedConnections;
import io.github.lifecyclesignals.drain.DrainResult;
import io.github.lifecyclesignals.drain.DrainSnapshot;
import io.github.lifecyclesignals.drain.GracefulDrain;
import io.github.lifecyclesignals.drain.InFlightRequests;
import io.github.lifecyclesignals.phase.LifecyclePhase;
import io.github.lifecyclesignals.refresh.RefreshHistory;
import io.github.lifecyclesignals.refresh.RefreshOutcome;
import io.github.lifecyclesignals.signal.SignalHistory;
import io.github.lifecyclesignals.status.LifecycleStatus;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.FunctionTimer;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.jspecify.annotations.Nullable;

/**
 * Meters of the lifecycle. Their names are part of the public contract. Every meter reads
 * a feature's status when it is scraped; none is written to, so the meters can never
 * disagree with the endpoint.
 *
 * @author lifecycle-signals maintainers
 * @since 0.1.0
 */
public final class LifecycleMetrics implements MeterBinder {

	/** Counter of received signals, tag {@code signal}. */
	public static final String SIGNALS_RECEIVED = "lifecycle.signals.received";

	/** Gauge per phase, 1 for the current one and 0 for the others, tag {@code state}. */
	public static final String STATE = "lifecycle.state";

	/** Gauge of requests being served. */
	public static final String REQUESTS_IN_FLIGHT = "lifecycle.requests.inflight";

	/**
	 * Gauge of open long-lived connections, tag {@code kind} ({@code stream},
	 * {@code websocket}).
	 */
	public static final String CONNECTIONS_OPEN = "lifecycle.connections.open";

	/** Timer of drains, from the signal to the chosen exit, tag {@code result}. */
	public static final String DRAIN = "lifecycle.drain";

	/** Counter of requests a drain gave up on. */
	public static final String DRAIN_REQUESTS_ABANDONED = "lifecycle.drain.requests.abandoned";

	/** Timer of refreshes, tag {@code outcome}. */
	public static final String REFRESH = "lifecycle.refresh";

	/**
	 * Counter of the changed keys of applied refreshes, tag {@code class} ({@code live},
	 * {@code restart-required}, {@code shadowed}, {@code unused}).
	 */
	public static final String REFRESH_KEYS = "lifecycle.refresh.keys";

	/** Gauge of the keys whose configured value only takes effect after a restart. */
	public static final String REFRESH_RESTART_REQUIRED = "lifecycle.refresh.restart.required";

	private final LifecycleStatus status;

	private final Collection<String> signals;

	private final @Nullable InFlightRequests requests;

	/**
	 * Creates the meters.
	 * @param status the lifecycle status
	 * @param signals the configured signals, one counter each
	 * @param requests the in-flight requests, if the drain feature tracks them
	 */
	public LifecycleMetrics(LifecycleStatus status, Collection<String> signals, @Nullable InFlightRequests requests) {
		this.status = status;
		this.signals = signals;
		this.requests = requests;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		for (LifecyclePhase phase : LifecyclePhase.values()) {
			Gauge.builder(STATE, this.status, (status) -> (status.phase() == phase) ? 1 : 0)
				.tag("state", phase.name())
				.description("Whether the application is in this lifecycle state (1) or not (0)")
				.register(registry);
		}
		SignalHistory history = this.status.signals();
		if (history != null) {
			for (String signal : this.signals) {
				FunctionCounter.builder(SIGNALS_RECEIVED, history, (signals) -> signals.receivedCount(signal))
					.tag("signal", signal)
					.description("Signals received")
					.register(registry);
			}
		}
		if (this.requests != null) {
			Gauge.builder(REQUESTS_IN_FLIGHT, this.requests, InFlightRequests::count)
				.description("Requests being served")
				.baseUnit("requests")
				.register(registry);
		}
		LongLivedConnections connections = this.status.connections();
		if (connections != null) {
			for (ConnectionKind kind : ConnectionKind.values()) {
				Gauge.builder(CONNECTIONS_OPEN, connections, (open) -> open.count(kind))
					.tag("kind", kind.tag())
					.description("Long-lived connections open: event streams, WebSocket sessions")
					.baseUnit("connections")
					.register(registry);
			}
		}
		GracefulDrain drain = this.status.drain();
		if (drain != null) {
			bindDrain(registry, drain);
		}
		RefreshHistory refresh = this.status.refresh();
		if (refresh != null) {
			for (RefreshOutcome outcome : RefreshOutcome.values()) {
				FunctionTimer
					.builder(REFRESH, refresh, (refreshes) -> refreshes.count(outcome),
							(refreshes) -> refreshes.totalNanos(outcome), TimeUnit.NANOSECONDS)
					.tag("outcome", outcome.name().toLowerCase(Locale.ROOT))
					.description("Configuration refreshes")
					.register(registry);
			}
			for (RefreshHistory.KeyClass keyClass : RefreshHistory.KeyClass.values()) {
				FunctionCounter.builder(REFRESH_KEYS, refresh, (refreshes) -> refreshes.keyCount(keyClass))
					.tag("class", keyClass.name().toLowerCase(Locale.ROOT).replace('_', '-'))
					.description("Changed keys of applied refreshes, by what became of them")
					.baseUnit("keys")
					.register(registry);
			}
			Gauge.builder(REFRESH_RESTART_REQUIRED, refresh, RefreshHistory::pendingRestartCount)
				.description("Keys whose configured value only takes effect after a restart")
				.baseUnit("keys")
				.register(registry);
		}
	}

	private void bindDrain(MeterRegistry registry, GracefulDrain drain) {
		for (DrainResult result : DrainResult.values()) {
			FunctionTimer
				.builder(DRAIN, drain, (draining) -> (result(draining) == result) ? 1 : 0,
						(draining) -> (result(draining) == result) ? elapsedNanos(draining) : 0, TimeUnit.NANOSECONDS)
				.tag("result", result.name().toLowerCase(Locale.ROOT))
				.description("Drains, from the signal to the chosen exit")
				.register(registry);
		}
		FunctionCounter.builder(DRAIN_REQUESTS_ABANDONED, drain, (draining) -> {
			DrainSnapshot.Progress progress = draining.snapshot().progress();
			DrainSnapshot.End end = (progress != null) ? progress.end() : null;
			return (end != null) ? end.abandonedRequests().size() : 0;
		}).description("Requests a drain gave up on").baseUnit("requests").register(registry);
	}

	private static @Nullable DrainResult result(GracefulDrain drain) {
		DrainSnapshot.Progress progress = drain.snapshot().progress();
		DrainSnapshot.End end = (progress != null) ? progress.end() : null;
		return (end != null) ? end.result() : null;
	}

	private static double elapsedNanos(GracefulDrain drain) {
		DrainSnapshot.Progress progress = drain.snapshot().progress();
		return (progress != null) ? progress.elapsed().toNanos() : 0;
	}

}
