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

package io.github.lifecyclesignals.autoconfigure.signal;

import java.time.Clock;
import java.time.Duration;

import io.github.lifecyclesignals.autoconfigure.LifecycleAutoConfiguration;
import io.github.lifecyclesignals.autoconfigure.LifecycleProperties;
import io.github.lifecyclesignals.refresh.CandidateRejectedException;
import io.github.lifecyclesignals.refresh.ConfigurationCandidateCheck;
import io.github.lifecyclesignals.signal.BuiltInSignalAction;
import io.github.lifecyclesignals.signal.DrainInProgress;
import io.github.lifecyclesignals.signal.SignalAction;
import io.github.lifecyclesignals.signal.SignalActions;
import io.github.lifecyclesignals.signal.SignalBindingLifecycle;
import io.github.lifecyclesignals.signal.SignalDispatcher;
import io.github.lifecyclesignals.signal.SignalHistory;
import io.github.lifecyclesignals.signal.SignalPlan;
import io.github.lifecyclesignals.signal.SignalRegistrar;
import io.github.lifecyclesignals.signal.SunMiscSignalRegistrar;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration of signal binding: resolves {@code lifecycle.signals} against the
 * available actions (failing startup on unknown names) and binds them in a
 * {@link SignalBindingLifecycle}.
 *
 * @author lifecycle-signals maintainers
 * @since 0.1.0
 */
@AutoConfiguration(after = LifecycleAutoConfiguration.class)
@ConditionalOnBooleanProperty(name = "lifecycle.enabled", matchIfMissing = true)
public final class SignalAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	SignalRegistrar signalRegistrar() {
		return new SunMiscSignalRegistrar();
	}

	@Bean
	SignalHistory signalHistory() {
		return new SignalHistory();
	}

	@Bean
	SignalActions signalActions(ObjectProvider<BuiltInSignalAction> builtIns, ListableBeanFactory beanFactory) {
		return new SignalActions(builtIns.orderedStream().toList(), beanFactory.getBeansOfType(SignalAction.class));
	}

	@Bean
	SignalPlan signalPlan(LifecycleProperties properties, SignalActions actions) {
		return SignalPlan.resolve(LifecycleProperties.DEFAULT_SIGNALS, properties.getSignals(), actions);
	}

	@Bean
	ConfigurationCandidateCheck signalsCandidateCheck(SignalActions actions) {
		// Read at startup only, but a refresh must not accept what the next start
		// rejects.
		return (candidate) -> {
			LifecycleProperties properties = candidate.bindOrCreate("lifecycle", LifecycleProperties.class);
			try {
				SignalPlan.resolve(LifecycleProperties.DEFAULT_SIGNALS, properties.getSignals(), actions);
				actionTimeout(properties);
			}
			catch (InvalidConfigurationPropertyValueException ex) {
				throw new CandidateRejectedException(ex.getName() + ": " + ex.getReason());
			}
		};
	}

	@Bean
	SignalDispatcher signalDispatcher(SignalHistory history, SignalActions actions, LifecycleProperties properties) {
		return new SignalDispatcher(history, actions, actionTimeout(properties), Clock.systemUTC());
	}

	private static Duration actionTimeout(LifecycleProperties properties) {
		Duration timeout = properties.getActionTimeout();
		if (timeout.isZero() || timeout.isNegative()) {
			throw new InvalidConfigurationPropertyValueException("lifecycle.action-timeout", timeout,
					"A signal action needs a positive time to run.");
		}
		return timeout;
	}

	@Bean
	SignalBindingLifecycle signalBindingLifecycle(SignalPlan plan, SignalRegistrar registrar,
			SignalDispatcher dispatcher, SignalHistory history, ObjectProvider<DrainInProgress> drain) {
		return new SignalBindingLifecycle(plan, registrar, dispatcher, history,
				drain.getIfAvailable(() -> DrainInProgress.NONE));
	}

}
