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

import java.time.Duration;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;

/**
 * The signal settings, resolved and checked in one place: at startup, and on every
 * candidate configuration a refresh would apply.
 *
 * @param plan the signals to bind and their actions
 * @param actionTimeout how long a user's action may run
 * @author lifecycle-signals maintainers
 */
record SignalSettings(SignalPlan plan, Duration actionTimeout) {

	static SignalSettings resolve(LifecycleSignalsProperties properties, SignalActions actions) {
		SignalPlan plan = SignalPlan.resolve(SignalPlan.DEFAULTS, properties.getSignals(), actions);
		Duration timeout = properties.getActionTimeout();
		if (timeout.isZero() || timeout.isNegative()) {
			throw new InvalidConfigurationPropertyValueException(LifecycleSignalsProperties.PREFIX + ".action-timeout",
					timeout, "A signal action needs a positive time to run.");
		}
		return new SignalSettings(plan, timeout);
	}

	static SignalSettings resolve(Binder configuration, SignalActions actions) {
		return resolve(configuration.bindOrCreate(LifecycleSignalsProperties.PREFIX, LifecycleSignalsProperties.class),
				actions);
	}

}
