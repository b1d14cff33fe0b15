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

package io.github.lifecyclesignals.autoconfigure;

import java.time.Clock;

import io.github.lifecyclesignals.internal.ApplicationPhase;
import io.github.lifecyclesignals.internal.LifecycleContributor;
import io.github.lifecyclesignals.internal.LifecycleStatus;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ImportRuntimeHints;

/**
 * Auto-configuration of what every feature shares: the checks at startup, the
 * application's phase, and the read side that composes the features' contributions for
 * the endpoint, the meters and the {@code log-state} action.
 *
 * @author lifecycle-signals maintainers
 * @since 0.1.0
 */
@AutoConfiguration
@ConditionalOnBooleanProperty(name = "lifecycle.enabled", matchIfMissing = true)
@ImportRuntimeHints(LifecycleRuntimeHints.class)
public final class LifecycleSignalsAutoConfiguration {

	@Bean
	static SupportedBootLine lifecycleSignalsSupportedBootLine() {
		return new SupportedBootLine();
	}

	@Bean
	MissingFeatures lifecycleSignalsMissingParts(ConfigurableApplicationContext context) {
		return new MissingFeatures(context);
	}

	@Bean
	ApplicationPhase lifecycleSignalsApplicationPhase(ApplicationContext context) {
		return new ApplicationPhase(context, Clock.systemUTC());
	}

	@Bean
	LifecycleStatus lifecycleSignalsStatus(ApplicationPhase phase,
			ObjectProvider<LifecycleContributor<?>> contributors) {
		return new LifecycleStatus(phase, contributors.orderedStream().toList());
	}

	@Bean
	LogStateAction lifecycleSignalsLogStateAction(LifecycleStatus status) {
		return new LogStateAction(status);
	}

}
