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

package io.github.lifecyclesignals.autoconfigure.drain;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.github.lifecyclesignals.autoconfigure.LifecycleProperties;
import io.github.lifecyclesignals.autoconfigure.connection.ConnectionsSpread;
import io.github.lifecyclesignals.drain.DrainSettings;
import io.github.lifecyclesignals.signal.SignalNames;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;

/**
 * Resolves {@code lifecycle.drain.*} into {@link DrainSettings}, failing startup on
 * values that contradict each other. Boot's own failure analyzer turns the exception into
 * a message naming the property, the value and the reason.
 *
 * @author lifecycle-signals maintainers
 */
final class DrainSettingsValidator {

	private DrainSettingsValidator() {
	}

	static DrainSettings validate(LifecycleProperties.Drain drain, boolean webServer) {
		Duration timeout = drain.getTimeout();
		if (timeout.isNegative() || timeout.isZero()) {
			throw new InvalidConfigurationPropertyValueException("lifecycle.drain.timeout", timeout,
					"The drain budget must be positive.");
		}
		Duration delay = drain.getPreStopDelay();
		if (delay == null) {
			delay = webServer ? DrainAutoConfiguration.WEB_PRE_STOP_DELAY : Duration.ZERO;
			// A short budget wins over the default delay rather than failing a user who
			// never set it.
			if (delay.compareTo(timeout.dividedBy(2)) > 0) {
				delay = timeout.dividedBy(2);
			}
		}
		else if (delay.isNegative()) {
			throw new InvalidConfigurationPropertyValueException("lifecycle.drain.pre-stop-delay", delay,
					"The pre-stop delay must not be negative.");
		}
		else if (delay.compareTo(timeout) >= 0) {
			throw new InvalidConfigurationPropertyValueException("lifecycle.drain.pre-stop-delay", delay,
					"The pre-stop delay must be shorter than lifecycle.drain.timeout: the budget includes the delay"
							+ " and must leave time for in-flight requests.");
		}
		ConnectionsSpread.resolve(drain, timeout);
		checkExitCode("lifecycle.drain.exit-code", drain.getExitCode());
		checkExitCode("lifecycle.drain.timeout-exit-code", drain.getTimeoutExitCode());
		return new DrainSettings(delay, timeout, drain.getExitCode(), drain.getTimeoutExitCode(),
				adaptive(drain.getAdaptive(), delay), escalateOn(drain.getEscalateOn()));
	}

	private static DrainSettings.@Nullable AdaptiveDelay adaptive(LifecycleProperties.Adaptive adaptive,
			Duration ceiling) {
		if (!adaptive.isEnabled()) {
			return null;
		}
		if (adaptive.getFloor().isNegative() || adaptive.getFloor().compareTo(ceiling) > 0) {
			throw new InvalidConfigurationPropertyValueException("lifecycle.drain.adaptive.floor", adaptive.getFloor(),
					"The floor of an adaptive delay must be between 0 and lifecycle.drain.pre-stop-delay, its ceiling.");
		}
		if (adaptive.getProbes() < 1) {
			throw new InvalidConfigurationPropertyValueException("lifecycle.drain.adaptive.probes",
					adaptive.getProbes(), "At least one readiness probe must see the refusal.");
		}
		if (adaptive.getQuietPeriod().isNegative()) {
			throw new InvalidConfigurationPropertyValueException("lifecycle.drain.adaptive.quiet-period",
					adaptive.getQuietPeriod(), "The quiet period must not be negative.");
		}
		return new DrainSettings.AdaptiveDelay(adaptive.getFloor(), adaptive.getProbes(), adaptive.getQuietPeriod());
	}

	private static Set<String> escalateOn(List<String> configured) {
		Set<String> signals = new LinkedHashSet<>();
		for (String name : configured) {
			String signal = SignalNames.normalize(name);
			if (signal == null) {
				throw new InvalidConfigurationPropertyValueException("lifecycle.drain.escalate-on", name,
						"not a signal name; use one of " + SignalNames.list());
			}
			signals.add(signal);
		}
		return Collections.unmodifiableSet(signals);
	}

	private static void checkExitCode(String property, int code) {
		if (code < 0 || code > 255) {
			throw new InvalidConfigurationPropertyValueException(property, code,
					"An exit code must be between 0 and 255: a process exit status has 8 bits.");
		}
	}

}
