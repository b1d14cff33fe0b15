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

package io.github.lifecyclesignals.autoconfigure.metrics;

import java.util.List;

import io.github.lifecyclesignals.autoconfigure.LifecycleAutoConfiguration;
import io.github.lifecyclesignals.autoconfigure.signal.SignalAutoConfiguration;
import io.github.lifecyclesignals.drain.InFlightRequests;
import io.github.lifecyclesignals.metrics.LifecycleMetrics;
import io.github.lifecyclesignals.signal.SignalPlan;
import io.github.lifecyclesignals.status.LifecycleStatus;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration of the lifecycle meters, when Micrometer is present. Ordered after
 * Spring Boot's metrics auto-configurations by name, which differ between Boot 3 and 4,
 * so that both editions share this class.
 *
 * @author lifecycle-signals maintainers
 * @since 0.1.0
 */
@AutoConfiguration(after = { LifecycleAutoConfiguration.class, SignalAutoConfiguration.class }, afterName = {
		// Spring Boot 4
		"org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
		"org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
		// Spring Boot 3
		"org.springframework.boot.actuate.autoconfigure.metrics.MetricsAutoConfiguration",
		"org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration" })
@ConditionalOnClass(MeterRegistry.class)
@ConditionalOnBean({ MeterRegistry.class, LifecycleStatus.class })
public final class LifecycleMetricsAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	LifecycleMetrics lifecycleMetrics(LifecycleStatus status, ObjectProvider<SignalPlan> plan,
			ObjectProvider<InFlightRequests> requests) {
		SignalPlan signals = plan.getIfAvailable();
		return new LifecycleMetrics(status,
				(signals != null) ? signals.entries().stream().map(SignalPlan.Entry::signal).toList() : List.of(),
				requests.getIfAvailable());
	}

}
