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
import io.github.lifecyclesignals.internal.ActionTrigger;
import io.github.lifecyclesignals.internal.LifecycleStatus;
import io.github.lifecyclesignals.signal.SignalAutoConfiguration;

import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ImportRuntimeHints;

/**
 * Auto-configuration of the {@code lifecycle} Actuator endpoint.
 *
 * @author lifecycle-signals maintainers
 * @since 0.1.0
 */
@AutoConfiguration(after = { LifecycleSignalsAutoConfiguration.class, SignalAutoConfiguration.class })
@ConditionalOnClass({ Endpoint.class, ConditionalOnAvailableEndpoint.class })
@ConditionalOnBean({ LifecycleStatus.class, ActionTrigger.class })
@ImportRuntimeHints(LifecycleEndpointRuntimeHints.class)
public final class LifecycleEndpointAutoConfiguration {

	// On the method, not the class: without Actuator the class-level @ConditionalOnClass
	// must skip this class before this annotation's own class is needed.
	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnAvailableEndpoint
	LifecycleEndpoint lifecycleEndpoint(LifecycleStatus status, ActionTrigger actions) {
		return new LifecycleEndpoint(status, actions);
	}

}
