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

import java.time.Clock;
import java.util.stream.Stream;

import io.github.lifecyclesignals.autoconfigure.LifecycleSignalsAutoConfiguration;
import io.github.lifecyclesignals.internal.ApplicationPhase;
import io.github.lifecyclesignals.internal.BuiltInAction;
import io.github.lifecyclesignals.internal.BuiltInActionHandler;
import io.github.lifecyclesignals.internal.Observations;
import io.github.lifecyclesignals.internal.SettingsCheck;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
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
import org.springframework.context.annotation.Configuration;
import org.springframework.validation.Validator;

/**
 * Auto-configuration of the {@code refresh} action: a transactional configuration refresh
 * applied through spring-cloud-context, and the watch of the configuration files.
 *
 * @author lifecycle-signals maintainers
 * @since 0.1.0
 */
@AutoConfiguration(after = { LifecycleSignalsAutoConfiguration.class, RefreshAutoConfiguration.class,
		ConfigurationPropertiesRebinderAutoConfiguration.class })
@ConditionalOnClass(RefreshScope.class)
@ConditionalOnBooleanProperty(name = { "lifecycle.enabled", "lifecycle.refresh.enabled" }, matchIfMissing = true)
@EnableConfigurationProperties(RefreshProperties.class)
public final class ConfigurationRefreshAutoConfiguration {

	@Bean
	RefreshSettings lifecycleSignalsRefreshSettings(RefreshProperties properties) {
		return RefreshSettings.resolve(properties);
	}

	@Bean
	SettingsCheck lifecycleSignalsRefreshSettingsCheck() {
		return RefreshSettings::resolve;
	}

	@Bean
	CandidateValidator lifecycleSignalsCandidateValidator(ObjectProvider<ConfigurationCandidateCheck> checks,
			ObjectProvider<SettingsCheck> settingsChecks, ConfigurableApplicationContext context) {
		// Spring Boot validates every properties bean with this one too, when it exists.
		Validator configurationPropertiesValidator = context
			.containsBean(EnableConfigurationProperties.VALIDATOR_BEAN_NAME)
					? context.getBean(EnableConfigurationProperties.VALIDATOR_BEAN_NAME, Validator.class) : null;
		// The features' own settings first (a restart would reject what they reject),
		// then the application's checks.
		return new CandidateValidator(PropertiesValidator.createIfAvailable(), configurationPropertiesValidator,
				() -> Stream
					.concat(settingsChecks.orderedStream().map(ConfigurationRefreshAutoConfiguration::asCandidateCheck),
							checks.orderedStream())
					.toList());
	}

	private static ConfigurationCandidateCheck asCandidateCheck(SettingsCheck check) {
		return (candidate) -> {
			try {
				check.check(candidate);
			}
			catch (InvalidConfigurationPropertyValueException ex) {
				throw new CandidateRejectedException(ex.getName() + ": " + ex.getReason());
			}
		};
	}

	@Bean
	RefreshHistory lifecycleSignalsRefreshHistory() {
		return new RefreshHistory();
	}

	@Bean
	RefreshContributor lifecycleSignalsRefreshContributor(RefreshHistory history) {
		return new RefreshContributor(history);
	}

	@Bean
	EnvironmentPipeline lifecycleSignalsEnvironmentPipeline(ConfigurableApplicationContext context) {
		return EnvironmentPipeline.of(context);
	}

	@Bean
	TransactionalRefresher lifecycleSignalsRefresher(ConfigurableApplicationContext context, RefreshHistory history,
			CandidateValidator validator, RefreshSettings settings, ObjectProvider<RefreshableKeys> refreshable,
			ObjectProvider<RefreshScope> refreshScope, ObjectProvider<ConfigurationPropertiesRebinder> rebinder,
			EnvironmentPipeline pipeline) {
		return new TransactionalRefresher(context, history, Clock.systemUTC(), validator, settings,
				() -> refreshable.orderedStream().toList(), refreshScope.getIfAvailable(), rebinder.getIfAvailable(),
				loggingSystem(context), pipeline);
	}

	@Bean
	RefreshPreparation lifecycleSignalsRefreshPreparation(EnvironmentPipeline pipeline,
			TransactionalRefresher refresher, RefreshCoordinator coordinator) {
		return new RefreshPreparation(pipeline, refresher, coordinator);
	}

	private static @Nullable LoggingSystem loggingSystem(ConfigurableApplicationContext context) {
		return context.containsBean(LoggingApplicationListener.LOGGING_SYSTEM_BEAN_NAME)
				? context.getBean(LoggingApplicationListener.LOGGING_SYSTEM_BEAN_NAME, LoggingSystem.class) : null;
	}

	@Bean
	RefreshCoordinator lifecycleSignalsRefreshCoordinator(TransactionalRefresher refresher, ApplicationPhase phase,
			RefreshHistory history, ConfigurableListableBeanFactory beanFactory,
			ObjectProvider<ObservationRegistry> observations) {
		ObservedRefresh observed = new ObservedRefresh(refresher::refresh,
				Observations.registry(beanFactory, observations));
		return new RefreshCoordinator(observed, phase, history);
	}

	@Bean
	@ConditionalOnBooleanProperty("lifecycle.refresh.watch.enabled")
	ConfigFileWatch lifecycleSignalsConfigFileWatch(ConfigurableApplicationContext context,
			RefreshCoordinator coordinator, ApplicationPhase phase, RefreshHistory history, RefreshSettings settings) {
		return new ConfigFileWatch(context.getEnvironment(), coordinator, phase, history, settings.watch());
	}

	@Bean
	BuiltInActionHandler lifecycleSignalsRefreshAction(RefreshCoordinator coordinator) {
		return BuiltInActionHandler.of(BuiltInAction.REFRESH, coordinator::request);
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(MeterRegistry.class)
	static class RefreshMetersConfiguration {

		@Bean
		RefreshMeters lifecycleSignalsRefreshMeters(RefreshHistory history) {
			return new RefreshMeters(history);
		}

	}

}
