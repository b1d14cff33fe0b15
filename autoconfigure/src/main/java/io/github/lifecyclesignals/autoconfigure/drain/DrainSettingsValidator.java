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

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.github.lifecyclesignals.Durations;
import io.github.lifecyclesignals.autoconfigure.LifecycleProperties;
import io.github.lifecyclesignals.autoconfigure.connection.ConnectionsSpread;
import io.github.lifecyclesignals.drain.DrainSettings;
import io.github.lifecyclesignals.drain.TerminationMessage;
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
		checkGracePeriod(drain.getGracePeriod(), timeout);
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

	// What the platform's kill needs after the budget: the JVM's own exit (shutdown
	// hooks,
	// the halt guard's second) and the platform noticing.
	static final Duration GRACE_MARGIN = Duration.ofSeconds(2);

	private static void checkGracePeriod(@Nullable Duration gracePeriod, Duration timeout) {
		if (gracePeriod != null && timeout.plus(GRACE_MARGIN).compareTo(gracePeriod) > 0) {
			throw new InvalidConfigurationPropertyValueException("lifecycle.drain.grace-period", gracePeriod,
					"The drain budget (lifecycle.drain.timeout, " + Durations.format(timeout) + ") must end at least "
							+ Durations.format(GRACE_MARGIN)
							+ " before the platform's grace period does, or its SIGKILL cuts the drain short: lower"
							+ " the timeout to " + Durations.format(gracePeriod.minus(GRACE_MARGIN))
							+ " or raise the grace period (terminationGracePeriodSeconds, TimeoutStopSec, docker stop"
							+ " -t).");
		}
	}

	/**
	 * Where the drain's summary goes for Kubernetes.
	 * @param drain the drain properties
	 * @return the file, or {@code null} for none
	 */
	static @Nullable Path terminationMessagePath(LifecycleProperties.Drain drain) {
		String configured = drain.getTerminationMessagePath();
		if (configured == null) {
			Path path = TerminationMessage.KUBERNETES_DEFAULT;
			return (Files.isRegularFile(path) && Files.isWritable(path)) ? path : null;
		}
		if (configured.isBlank()) {
			return null;
		}
		Path path = Path.of(configured);
		Path parent = path.toAbsolutePath().getParent();
		if (parent == null || !Files.isDirectory(parent)) {
			throw new InvalidConfigurationPropertyValueException("lifecycle.drain.termination-message-path", configured,
					"Its directory does not exist.");
		}
		return path;
	}

	private static void checkExitCode(String property, int code) {
		if (code < 0 || code > 255) {
			throw new InvalidConfigurationPropertyValueException(property, code,
					"An exit code must be between 0 and 255: a process exit status has 8 bits.");
		}
	}

}
