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

package io.github.lifecyclesignals.autoconfigure.refresh;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import io.github.lifecyclesignals.autoconfigure.LifecycleAutoConfiguration;
import io.github.lifecyclesignals.autoconfigure.LifecycleProperties;
import io.github.lifecyclesignals.phase.ApplicationPhase;
import io.github.lifecyclesignals.refresh.CandidateValidator;
import io.github.lifecyclesignals.refresh.ConfigFileWatch;
import io.github.lifecyclesignals.refresh.ConfigurationCandidateCheck;
import io.github.lifecyclesignals.refresh.RefreshCoordinator;
import io.github.lifecyclesignals.refresh.RefreshHistory;
import io.github.lifecyclesignals.refresh.RefreshSettings;
import io.github.lifecyclesignals.refresh.RefreshableKeys;
import io.github.lifecyclesignals.refresh.TransactionalRefresher;
import io.github.lifecyclesignals.refresh.WatchSettings;
import io.github.lifecyclesignals.signal.BuiltInAction;
import io.github.lifecyclesignals.signal.BuiltInSignalAction;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.cloud.autoconfigure.ConfigurationPropertiesRebinderAutoConfiguration;
import org.springframework.cloud.autoconfigure.RefreshAutoConfiguration;
import org.springframework.cloud.context.properties.ConfigurationPropertiesRebinder;
import org.springframework.cloud.context.scope.refresh.RefreshScope;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.validation.Validator;

/**
 * Auto-configuration of the {@code refresh} action: a transactional configuration refresh
 * applied through spring-cloud-context.
 *
 * @author lifecycle-signals maintainers
 * @since 0.1.0
 */
@AutoConfiguration(after = { LifecycleAutoConfiguration.class, RefreshAutoConfiguration.class,
		ConfigurationPropertiesRebinderAutoConfiguration.class })
@ConditionalOnClass(RefreshScope.class)
@ConditionalOnBooleanProperty(name = { "lifecycle.enabled", "lifecycle.refresh.enabled" }, matchIfMissing = true)
public final class ConfigurationRefreshAutoConfiguration {

	@Bean
	CandidateValidator candidateValidator(ObjectProvider<ConfigurationCandidateCheck> checks,
			ConfigurableApplicationContext context) {
		// Spring Boot validates every properties bean with this one too, when it exists.
		Validator configurationPropertiesValidator = context
			.containsBean(EnableConfigurationProperties.VALIDATOR_BEAN_NAME)
					? context.getBean(EnableConfigurationProperties.VALIDATOR_BEAN_NAME, Validator.class) : null;
		return new CandidateValidator(PropertiesValidator.createIfAvailable(), configurationPropertiesValidator,
				() -> checks.orderedStream().toList());
	}

	@Bean
	RefreshHistory refreshHistory() {
		return new RefreshHistory();
	}

	@Bean
	TransactionalRefresher transactionalRefresher(ConfigurableApplicationContext context, RefreshHistory history,
			CandidateValidator validator, LifecycleProperties properties, ObjectProvider<RefreshableKeys> refreshable,
			ObjectProvider<RefreshScope> refreshScope, ObjectProvider<ConfigurationPropertiesRebinder> rebinder) {
		LifecycleProperties.Refresh refresh = properties.getRefresh();
		RefreshSettings settings = new RefreshSettings(refresh.getOnRestartRequired(),
				List.copyOf(refresh.getStartupOnlyKeys()));
		LoggingSystem loggingSystem = loggingSystem(context);
		return new TransactionalRefresher(context, history, Clock.systemUTC(), validator, settings,
				() -> refreshable.orderedStream().toList(), refreshScope.getIfAvailable(), rebinder.getIfAvailable(),
				loggingSystem);
	}

	private static @Nullable LoggingSystem loggingSystem(ConfigurableApplicationContext context) {
		return context.containsBean(LoggingApplicationListener.LOGGING_SYSTEM_BEAN_NAME)
				? context.getBean(LoggingApplicationListener.LOGGING_SYSTEM_BEAN_NAME, LoggingSystem.class) : null;
	}

	@Bean
	RefreshCoordinator refreshCoordinator(TransactionalRefresher refresher, ApplicationPhase phase,
			RefreshHistory history) {
		return new RefreshCoordinator(refresher, phase, history);
	}

	@Bean
	@ConditionalOnBooleanProperty("lifecycle.refresh.watch.enabled")
	ConfigFileWatch configFileWatch(ConfigurableApplicationContext context, RefreshCoordinator coordinator,
			ApplicationPhase phase, RefreshHistory history, LifecycleProperties properties) {
		LifecycleProperties.Refresh.Watch watch = properties.getRefresh().getWatch();
		positive("lifecycle.refresh.watch.interval", watch.getInterval());
		notNegative("lifecycle.refresh.watch.quiet-period", watch.getQuietPeriod());
		notNegative("lifecycle.refresh.watch.jitter", watch.getJitter());
		return new ConfigFileWatch(context.getEnvironment(), coordinator, phase, history,
				new WatchSettings(watch.getInterval(), watch.getQuietPeriod(), watch.getJitter()));
	}

	private static void positive(String name, Duration value) {
		if (value.isNegative() || value.isZero()) {
			throw new InvalidConfigurationPropertyValueException(name, value, "It must be positive.");
		}
	}

	private static void notNegative(String name, Duration value) {
		if (value.isNegative()) {
			throw new InvalidConfigurationPropertyValueException(name, value, "It must not be negative.");
		}
	}

	@Bean
	BuiltInSignalAction refreshSignalAction(RefreshCoordinator coordinator) {
		return new BuiltInSignalAction(BuiltInAction.REFRESH, coordinator::request);
	}

}
