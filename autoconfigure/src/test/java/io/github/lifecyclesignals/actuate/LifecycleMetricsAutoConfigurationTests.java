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

import io.github.lifecyclesignals.autoconfigure.LifecycleSignalsAutoConfiguration;
import io.github.lifecyclesignals.drain.DrainAutoConfiguration;
import io.github.lifecyclesignals.drain.RecordingProcessExit;
import io.github.lifecyclesignals.signal.FakeSignalRegistrar;
import io.github.lifecyclesignals.signal.SignalAutoConfiguration;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

class LifecycleMetricsAutoConfigurationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(
				AutoConfigurations.of(LifecycleSignalsAutoConfiguration.class, LifecycleMetricsAutoConfiguration.class))
		.withBean(MeterRegistry.class, SimpleMeterRegistry::new);

	@Test
	void metersArePresentWithAMeterRegistry() {
		this.runner.run((context) -> {
			assertThat(context).hasSingleBean(LifecycleMetrics.class);
			MeterRegistry registry = context.getBean(MeterRegistry.class);
			context.getBean(LifecycleMetrics.class).bindTo(registry);
			assertThat(registry.get(LifecycleMetrics.STATE).tag("state", "STARTING").gauge().value()).isEqualTo(1);
			assertThat(registry.find(LifecycleMetrics.REQUESTS_IN_FLIGHT).gauge()).isNull();
		});
	}

	@Test
	void everyFeatureAddsItsMeters() {
		this.runner
			.withConfiguration(AutoConfigurations.of(SignalAutoConfiguration.class, DrainAutoConfiguration.class))
			.withBean(FakeSignalRegistrar.class, FakeSignalRegistrar::new)
			.withBean(RecordingProcessExit.class, RecordingProcessExit::new)
			.run((context) -> {
				MeterRegistry registry = context.getBean(MeterRegistry.class);
				context.getBeansOfType(MeterBinder.class).values().forEach((binder) -> binder.bindTo(registry));
				assertThat(registry.get(LifecycleMetrics.REQUESTS_IN_FLIGHT).gauge().value()).isZero();
				assertThat(registry.get(LifecycleMetrics.SIGNALS_RECEIVED).tag("signal", "TERM").functionCounter())
					.isNotNull();
				assertThat(registry.get(LifecycleMetrics.DRAIN_BUDGET_REMAINING).gauge().value()).isNaN();
				assertThat(registry.get(LifecycleMetrics.SIGNALS_BINDINGS)
					.tag("signal", "TERM")
					.tag("status", "BOUND")
					.gauge()
					.value()).isOne();
			});
	}

	@Test
	void metersAreAbsentWithoutMicrometer() {
		this.runner.withClassLoader(new FilteredClassLoader(MeterRegistry.class))
			.run((context) -> assertThat(context).doesNotHaveBean(MeterBinder.class));
	}

	@Test
	void userMetricsBackOff() {
		this.runner.withBean("mine", LifecycleMetrics.class, () -> mock(LifecycleMetrics.class))
			.run((context) -> assertThat(context).getBeans(LifecycleMetrics.class).containsOnlyKeys("mine"));
	}

}
