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

import io.github.lifecyclesignals.actuate.LifecycleMetrics;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * The drain's meters: requests in flight, the time a drain took and has left, its result
 * and the requests it abandoned, each read from the drain's status when scraped.
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
		// lifecycle.drain itself, a timer, is the drain's observation (ObservedDrain).
		// Spring Boot closes the meter registries as the context's close begins, and a
		// closed registry registers no new meter: what must still reach a backend after
		// that (a Pushgateway's last push) is registered here, from the start.
		Gauge.builder(LifecycleMetrics.DRAIN_BUDGET_REMAINING, this.drain, DrainMeters::budgetRemaining)
			.description("Seconds left in the budget of the drain under way; NaN while none is")
			.baseUnit("seconds")
			.register(registry);
		Gauge.builder(LifecycleMetrics.DRAIN_ELAPSED, this.drain, DrainMeters::elapsed)
			.description("Seconds since the drain began, until it ended; NaN before a drain")
			.baseUnit("seconds")
			.register(registry);
		for (DrainResult result : DrainResult.values()) {
			Gauge.builder(LifecycleMetrics.DRAIN_RESULT, this.drain, (drain) -> (drain.result() == result) ? 1 : 0)
				.tag("result", result.name().toLowerCase(Locale.ROOT))
				.description("Whether the drain ended with this result (1) or not (0)")
				.register(registry);
		}
		FunctionCounter.builder(LifecycleMetrics.DRAIN_REQUESTS_ABANDONED, this.drain, GracefulDrain::abandonedRequests)
			.description("Requests a drain gave up on")
			.baseUnit("requests")
			.register(registry);
	}

	private static double elapsed(GracefulDrain drain) {
		DrainSnapshot.Progress progress = drain.snapshot().progress();
		return (progress != null) ? progress.elapsed().toMillis() / 1000.0 : Double.NaN;
	}

	private static double budgetRemaining(GracefulDrain drain) {
		DrainSnapshot.Progress progress = drain.snapshot().progress();
		if (progress == null || progress.end() != null) {
			return Double.NaN;
		}
		return progress.timeLeft().toMillis() / 1000.0;
	}

}
