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

package io.github.lifecyclesignals.refresh;

import java.util.Locale;

import io.github.lifecyclesignals.actuate.LifecycleMetrics;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * The refresh's meters: the latest refresh's outcome, the changed keys of applied
 * refreshes by what became of them, and the keys waiting for a restart, read from its
 * history when scraped.
 *
 * @author lifecycle-signals maintainers
 */
final class RefreshMeters implements MeterBinder {

	private final RefreshHistory history;

	RefreshMeters(RefreshHistory history) {
		this.history = history;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		// lifecycle.refresh itself, a timer by trigger and outcome, is the refresh's
		// observation (ObservedRefresh). This gauge is a state, there from the start:
		// what an alert on a configuration that did not apply needs.
		for (RefreshOutcome outcome : RefreshOutcome.values()) {
			Gauge
				.builder(LifecycleMetrics.REFRESH_LAST, this.history,
						(refreshes) -> (refreshes.lastOutcome() == outcome) ? 1 : 0)
				.tag("outcome", outcome.name().toLowerCase(Locale.ROOT))
				.description("Whether the latest configuration refresh had this outcome (1) or not (0)")
				.register(registry);
		}
		for (RefreshHistory.KeyClass keyClass : RefreshHistory.KeyClass.values()) {
			FunctionCounter
				.builder(LifecycleMetrics.REFRESH_KEYS, this.history, (refreshes) -> refreshes.keyCount(keyClass))
				.tag("class", keyClass.name().toLowerCase(Locale.ROOT).replace('_', '-'))
				.description("Changed keys of applied refreshes, by what became of them")
				.baseUnit("keys")
				.register(registry);
		}
		Gauge.builder(LifecycleMetrics.REFRESH_RESTART_REQUIRED, this.history, RefreshHistory::pendingRestartCount)
			.description("Keys whose configured value only takes effect after a restart")
			.baseUnit("keys")
			.register(registry);
	}

}
