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

package io.github.lifecyclesignals.signal;

import java.util.List;

import io.github.lifecyclesignals.actuate.LifecycleMetrics;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * The signal layer's meter: one {@code lifecycle.signals.received} counter per configured
 * signal, read from its history when scraped.
 *
 * @author lifecycle-signals maintainers
 */
final class SignalMeters implements MeterBinder {

	private final SignalHistory history;

	private final List<String> signals;

	SignalMeters(SignalHistory history, SignalPlan plan) {
		this.history = history;
		this.signals = plan.entries().stream().map(SignalPlan.Entry::signal).toList();
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		for (String signal : this.signals) {
			FunctionCounter
				.builder(LifecycleMetrics.SIGNALS_RECEIVED, this.history, (history) -> history.receivedCount(signal))
				.tag("signal", signal)
				.description("Signals received")
				.register(registry);
			for (BindingStatus status : BindingStatus.values()) {
				Gauge
					.builder(LifecycleMetrics.SIGNALS_BINDINGS, this.history,
							(history) -> (status(history, signal) == status) ? 1 : 0)
					.tags("signal", signal, "status", status.name())
					.description("Whether a configured signal has this binding status (1) or not (0)")
					.register(registry);
			}
		}
	}

	// DEFAULT until the signals are bound at startup.
	private static BindingStatus status(SignalHistory history, String signal) {
		return history.bindingsNow()
			.stream()
			.filter((binding) -> binding.signal().equals(signal))
			.map(SignalBinding::status)
			.findFirst()
			.orElse(BindingStatus.DEFAULT);
	}

}
