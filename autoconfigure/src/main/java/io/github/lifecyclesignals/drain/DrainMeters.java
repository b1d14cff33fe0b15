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

import java.util.Locale;
import java.util.concurrent.TimeUnit;

import io.github.lifecyclesignals.actuate.LifecycleMetrics;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.FunctionTimer;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.jspecify.annotations.Nullable;

/**
 * The drain's meters: requests in flight, the drain by its result, and the requests it
 * abandoned, each read from the drain's status when scraped.
 *
 * @author lifecycle-signals maintainers
 */
final class DrainMeters implements MeterBinder {

	private final GracefulDrain drain;

	DrainMeters(GracefulDrain drain) {
		this.drain = drain;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		Gauge.builder(LifecycleMetrics.REQUESTS_IN_FLIGHT, this.drain.requests(), InFlightRequests::count)
			.description("Requests being served")
			.baseUnit("requests")
			.register(registry);
		for (DrainResult result : DrainResult.values()) {
			FunctionTimer
				.builder(LifecycleMetrics.DRAIN, this.drain, (drain) -> (result(drain) == result) ? 1 : 0,
						(drain) -> (result(drain) == result) ? elapsedNanos(drain) : 0, TimeUnit.NANOSECONDS)
				.tag("result", result.name().toLowerCase(Locale.ROOT))
				.description("Drains, from the signal to the chosen exit")
				.register(registry);
		}
		FunctionCounter.builder(LifecycleMetrics.DRAIN_REQUESTS_ABANDONED, this.drain, (drain) -> {
			DrainSnapshot.Outcome end = end(drain);
			return (end != null) ? end.abandonedRequests().size() : 0;
		}).description("Requests a drain gave up on").baseUnit("requests").register(registry);
	}

	private static DrainSnapshot.@Nullable Outcome end(GracefulDrain drain) {
		DrainSnapshot.Progress progress = drain.snapshot().progress();
		return (progress != null) ? progress.end() : null;
	}

	private static @Nullable DrainResult result(GracefulDrain drain) {
		DrainSnapshot.Outcome end = end(drain);
		return (end != null) ? end.result() : null;
	}

	private static double elapsedNanos(GracefulDrain drain) {
		DrainSnapshot.Progress progress = drain.snapshot().progress();
		return (progress != null) ? progress.elapsed().toNanos() : 0;
	}

}
