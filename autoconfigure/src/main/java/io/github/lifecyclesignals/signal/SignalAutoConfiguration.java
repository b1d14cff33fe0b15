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

import java.time.Clock;

import io.github.lifecyclesignals.autoconfigure.LifecycleSignalsAutoConfiguration;
import io.github.lifecyclesignals.internal.BuiltInActionHandler;
import io.github.lifecyclesignals.internal.DrainInProgress;
import io.github.lifecyclesignals.internal.SettingsCheck;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Auto-configuration of signal binding: resolves {@code lifecycle.signals} against the
 * available actions (failing startup on unknown names) and binds them in a
 * {@link SignalBindingLifecycle}.
 *
 * @author lifecycle-signals maintainers
 * @since 0.1.0
 */
@AutoConfiguration(after = LifecycleSignalsAutoConfiguration.class)
@ConditionalOnBooleanProperty(name = "lifecycle.enabled", matchIfMissing = true)
@EnableConfigurationProperties(LifecycleSignalsProperties.class)
public final class SignalAutoConfiguration {

	// Replaced by a fake in this package's tests only: the type is not public.
	@Bean
	@ConditionalOnMissingBean(SignalRegistrar.class)
	SignalRegistrar lifecycleSignalsRegistrar() {
		return new SunMiscSignalRegistrar();
	}

	@Bean
	SignalHistory lifecycleSignalsHistory() {
		return new SignalHistory();
	}

	@Bean
	SignalsContributor lifecycleSignalsContributor(SignalHistory history) {
		return new SignalsContributor(history);
	}

	@Bean
	SignalActions lifecycleSignalsActions(ObjectProvider<BuiltInActionHandler> builtIns,
			ListableBeanFactory beanFactory) {
		return new SignalActions(builtIns.orderedStream().toList(), beanFactory.getBeansOfType(SignalAction.class));
	}

	@Bean
	SignalSettings lifecycleSignalsSettings(LifecycleSignalsProperties properties, SignalActions actions) {
		return SignalSettings.resolve(properties, actions);
	}

	@Bean
	SettingsCheck lifecycleSignalsSettingsCheck(SignalActions actions) {
		return (configuration) -> SignalSettings.resolve(configuration, actions);
	}

	@Bean
	SignalDispatcher lifecycleSignalsDispatcher(SignalHistory history, SignalActions actions, SignalSettings settings) {
		return new SignalDispatcher(history, actions, settings.actionTimeout(), Clock.systemUTC());
	}

	@Bean
	SignalBindingLifecycle lifecycleSignalsBinding(SignalSettings settings, SignalRegistrar registrar,
			SignalDispatcher dispatcher, SignalHistory history, ObjectProvider<DrainInProgress> drain) {
		return new SignalBindingLifecycle(settings.plan(), registrar, dispatcher, history,
				drain.getIfAvailable(() -> DrainInProgress.NONE));
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(MeterRegistry.class)
	static class SignalMetersConfiguration {

		@Bean
		SignalMeters lifecycleSignalsSignalMeters(SignalHistory history, SignalSettings settings) {
			return new SignalMeters(history, settings.plan());
		}

	}

}
