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

import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import io.github.lifecyclesignals.state.DrainStatus;
import io.github.lifecyclesignals.state.InFlightRequests;
import io.github.lifecyclesignals.state.LifecyclePhase;
import io.github.lifecyclesignals.state.LifecycleState;
import io.github.lifecyclesignals.state.LifecycleStateListener;
import io.github.lifecyclesignals.state.RefreshRecord;
import io.github.lifecyclesignals.state.SignalRecord;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * Meters of the lifecycle state. Their names are part of the public contract.
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

	/** Timer of drains, tag {@code result}. */
	public static final String DRAIN = "lifecycle.drain";

	/** Counter of requests still in flight when a drain gave up on them. */
	public static final String DRAIN_REQUESTS_ABANDONED = "lifecycle.drain.requests.abandoned";

	/** Timer of refreshes, tag {@code outcome}. */
	public static final String REFRESH = "lifecycle.refresh";

	private final LifecycleState state;

	public LifecycleMetrics(LifecycleState state) {
		this.state = state;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		for (LifecyclePhase phase : LifecyclePhase.values()) {
			Gauge.builder(STATE, this.state, (state) -> (state.phase() == phase) ? 1 : 0)
				.tag("state", phase.name())
				.description("Whether the application is in this lifecycle state (1) or not (0)")
				.register(registry);
		}
		// The gauge holds its object weakly: the state bean keeps the tracker alive.
		Gauge.builder(REQUESTS_IN_FLIGHT, this.state.requests(), InFlightRequests::count)
			.description("Requests being served")
			.baseUnit("requests")
			.register(registry);
		this.state.addListener(new Recorder(registry));
	}

	private static final class Recorder implements LifecycleStateListener {

		private final MeterRegistry registry;

		Recorder(MeterRegistry registry) {
			this.registry = registry;
		}

		@Override
		public void signalRecorded(SignalRecord record) {
			Counter.builder(SIGNALS_RECEIVED)
				.tag("signal", record.signal())
				.description("Signals received")
				.register(this.registry)
				.increment();
		}

		@Override
		public void drainEnded(DrainStatus drain) {
			String result = (drain.result() != null) ? drain.result().name().toLowerCase(Locale.ROOT) : "unknown";
			Timer.builder(DRAIN)
				.tag("result", result)
				.description("Drains, from the signal to the chosen exit")
				.register(this.registry)
				.record(drain.elapsed(Instant.now()).toNanos(), TimeUnit.NANOSECONDS);
			Counter.builder(DRAIN_REQUESTS_ABANDONED)
				.description("Requests still in flight when a drain gave up on them")
				.baseUnit("requests")
				.register(this.registry)
				.increment(drain.abandoned());
		}

		@Override
		public void refreshRecorded(RefreshRecord record) {
			Timer.builder(REFRESH)
				.tag("outcome", record.outcome().name().toLowerCase(Locale.ROOT))
				.description("Configuration refreshes")
				.register(this.registry)
				.record(record.duration());
		}

	}

}
