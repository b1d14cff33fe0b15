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

import io.github.lifecyclesignals.connection.LongLivedConnections;
import io.github.lifecyclesignals.drain.GracefulDrain;
import io.github.lifecyclesignals.logs.ReopenLogsAction;
import io.github.lifecyclesignals.phase.ApplicationPhase;
import io.github.lifecyclesignals.refresh.RefreshHistory;
import io.github.lifecyclesignals.signal.BuiltInAction;
import io.github.lifecyclesignals.signal.BuiltInSignalAction;
import io.github.lifecyclesignals.signal.SignalHistory;
import io.github.lifecyclesignals.status.LifecycleStatus;
import io.github.lifecyclesignals.status.LogStateAction;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ImportRuntimeHints;

/**
 * Auto-configuration of what every feature shares: the properties, the application's
 * {@link ApplicationPhase}, and the read side that composes the features' snapshots for
 * the endpoint, the meters and the {@code log-state} action.
 *
 * @author lifecycle-signals maintainers
 * @since 0.1.0
 */
@AutoConfiguration
@ConditionalOnBooleanProperty(name = "lifecycle.enabled", matchIfMissing = true)
@EnableConfigurationProperties(LifecycleProperties.class)
@ImportRuntimeHints(LifecycleRuntimeHints.class)
public final class LifecycleAutoConfiguration {

	@Bean
	static SupportedBootLine lifecycleSupportedBootLine() {
		return new SupportedBootLine();
	}

	@Bean
	MissingParts lifecycleMissingParts(ConfigurableApplicationContext context) {
		return new MissingParts(context);
	}

	@Bean
	ApplicationPhase lifecycleApplicationPhase(ApplicationContext context) {
		return new ApplicationPhase(context, Clock.systemUTC());
	}

	@Bean
	LifecycleStatus lifecycleStatus(ApplicationPhase phase, ObjectProvider<SignalHistory> signals,
			ObjectProvider<GracefulDrain> drain, ObjectProvider<RefreshHistory> refresh,
			ObjectProvider<LongLivedConnections> connections) {
		return new LifecycleStatus(phase, signals.getIfAvailable(), drain.getIfAvailable(), refresh.getIfAvailable(),
				connections.getIfAvailable());
	}

	@Bean
	BuiltInSignalAction reopenLogsSignalAction() {
		return new BuiltInSignalAction(BuiltInAction.REOPEN_LOGS, new ReopenLogsAction());
	}

	@Bean
	BuiltInSignalAction logStateSignalAction(LifecycleStatus status) {
		return new BuiltInSignalAction(BuiltInAction.LOG_STATE, new LogStateAction(status));
	}

}
