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
import io.github.lifecyclesignals.internal.LifecycleStatus;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration of the {@code lifecycle.state} meter, when Micrometer is present.
 * Spring Boot binds every {@code MeterBinder} bean to its registries; each feature's
 * auto-configuration defines the binder of its own meters the same way.
 *
 * @author lifecycle-signals maintainers
 * @since 0.1.0
 */
@AutoConfiguration(after = LifecycleSignalsAutoConfiguration.class)
@ConditionalOnClass(MeterRegistry.class)
@ConditionalOnBean(LifecycleStatus.class)
public final class LifecycleMetricsAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	LifecycleMetrics lifecycleMetrics(LifecycleStatus status) {
		return new LifecycleMetrics(status);
	}

}
