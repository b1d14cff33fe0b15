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

package io.github.lifecyclesignals.drain;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.github.lifecyclesignals.internal.Durations;
import io.github.lifecyclesignals.internal.SignalNames;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;

/**
 * The drain's settings, resolved from {@code lifecycle.drain.*} and checked in one place:
 * at startup, and on every candidate configuration a refresh would apply. Values that
 * contradict each other throw, and Boot's own failure analyzer turns the exception into a
 * message naming the property, where it came from and the reason.
 *
 * @param preStopDelay how long to keep serving after readiness is refused
 * @param timeout the budget from the signal to the exit
 * @param exitCode the exit code after a drain that abandoned nothing
 * @param timeoutExitCode the exit code when the budget ran out or work was abandoned
 * @param adaptive when to end the pre-stop delay early, or {@code null} for a fixed delay
 * @param escalateOn the signals (names without {@code SIG}) whose repetition during a
 * drain escalates it
 * @param escalateMinInterval how long after a signal that counted a repetition of it is
 * the same signal again, and escalates nothing
 * @author lifecycle-signals maintainers
 */
record DrainSettings(Duration preStopDelay, Duration timeout, int exitCode, int timeoutExitCode,
		@Nullable AdaptiveDelay adaptive, Set<String> escalateOn, Duration escalateMinInterval) {

	/** Pre-stop delay when a web server runs and none is configured. */
	static final Duration WEB_PRE_STOP_DELAY = Duration.ofSeconds(5);

	/**
	 * What the platform's kill needs after the budget: the JVM's own exit (shutdown
	 * hooks, the halt guard's second) and the platform noticing.
	 */
	static final Duration GRACE_MARGIN = Duration.ofSeconds(2);

	static DrainSettings resolve(Binder configuration, boolean webServer) {
		DrainProperties drain = configuration.bindOrCreate(DrainProperties.PREFIX, DrainProperties.class);
		DrainSettings settings = resolve(drain, webServer);
		terminationMessage(drain);
		return settings;
	}

	static DrainSettings resolve(DrainProperties drain, boolean webServer) {
		Duration timeout = drain.getTimeout();
		if (timeout.isNegative() || timeout.isZero()) {
			throw invalid("timeout", timeout, "The drain budget must be positive.");
		}
		Duration delay = drain.getPreStopDelay();
		if (delay == null) {
			delay = webServer ? WEB_PRE_STOP_DELAY : Duration.ZERO;
			// A short budget wins over the default delay rather than failing a user who
			// never set it.
			if (delay.compareTo(timeout.dividedBy(2)) > 0) {
				delay = timeout.dividedBy(2);
			}
		}
		else if (delay.isNegative()) {
			throw invalid("pre-stop-delay", delay, "The pre-stop delay must not be negative.");
		}
		else if (delay.compareTo(timeout) >= 0) {
			throw invalid("pre-stop-delay", delay, "The pre-stop delay must be shorter than " + DrainProperties.PREFIX
					+ ".timeout: the budget" + " includes the delay and must leave time for in-flight requests.");
		}
		checkGracePeriod(drain.getGracePeriod(), timeout);
		checkExitCode("exit-code", drain.getExitCode());
		checkExitCode("timeout-exit-code", drain.getTimeoutExitCode());
		if (drain.getEscalateMinInterval().isNegative()) {
			throw invalid("escalate-min-interval", drain.getEscalateMinInterval(), "It must not be negative.");
		}
		return new DrainSettings(delay, timeout, drain.getExitCode(), drain.getTimeoutExitCode(),
				adaptive(drain.getAdaptive(), delay), escalateOn(drain.getEscalateOn()),
				drain.getEscalateMinInterval());
	}

	/**
	 * Where the drain's summary goes for Kubernetes.
	 * @param drain the drain properties
	 * @return the file, or {@code null} for none
	 */
	static @Nullable Path terminationMessage(DrainProperties drain) {
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
			throw invalid("termination-message-path", configured, "Its directory does not exist.");
		}
		if (Files.exists(path) && !Files.isRegularFile(path)) {
			// Opening a FIFO blocks until someone reads it; a directory or a device is no
			// place for a message either.
			throw invalid("termination-message-path", configured,
					"It exists and is not a regular file (a FIFO, a device or a directory): opening it could"
							+ " block the exit or fail.");
		}
		return path;
	}

	private static @Nullable AdaptiveDelay adaptive(DrainProperties.Adaptive adaptive, Duration ceiling) {
		if (!adaptive.isEnabled()) {
			return null;
		}
		if (adaptive.getFloor().isNegative() || adaptive.getFloor().compareTo(ceiling) > 0) {
			throw invalid("adaptive.floor", adaptive.getFloor(), "The floor of an adaptive delay must be between 0 and "
					+ DrainProperties.PREFIX + ".pre-stop-delay, its ceiling.");
		}
		if (adaptive.getProbes() < 1) {
			throw invalid("adaptive.probes", adaptive.getProbes(),
					"At least one readiness probe must see the refusal.");
		}
		if (adaptive.getQuietPeriod().isNegative()) {
			throw invalid("adaptive.quiet-period", adaptive.getQuietPeriod(), "The quiet period must not be negative.");
		}
		return new AdaptiveDelay(adaptive.getFloor(), adaptive.getProbes(), adaptive.getQuietPeriod());
	}

	private static Set<String> escalateOn(List<String> configured) {
		Set<String> signals = new LinkedHashSet<>();
		for (String name : configured) {
			String signal = SignalNames.normalize(name);
			if (signal == null) {
				throw invalid("escalate-on", name, "not a signal name; use one of " + SignalNames.list());
			}
			signals.add(signal);
		}
		return Collections.unmodifiableSet(signals);
	}

	private static void checkGracePeriod(@Nullable Duration gracePeriod, Duration timeout) {
		if (gracePeriod != null && timeout.plus(GRACE_MARGIN).compareTo(gracePeriod) > 0) {
			throw invalid("grace-period", gracePeriod, "The drain budget (" + DrainProperties.PREFIX + ".timeout, "
					+ Durations.format(timeout) + ") must end at least " + Durations.format(GRACE_MARGIN)
					+ " before the platform's grace period does, or its SIGKILL cuts the drain short: lower the timeout"
					+ " to " + Durations.format(gracePeriod.minus(GRACE_MARGIN))
					+ " or raise the grace period (terminationGracePeriodSeconds, TimeoutStopSec, docker stop -t).");
		}
	}

	private static void checkExitCode(String property, int code) {
		if (code < 0 || code > 255) {
			throw invalid(property, code, "An exit code must be between 0 and 255: a process exit status has 8 bits.");
		}
	}

	private static InvalidConfigurationPropertyValueException invalid(String property, Object value, String reason) {
		return new InvalidConfigurationPropertyValueException(DrainProperties.PREFIX + "." + property, value, reason);
	}

	/**
	 * An adaptive pre-stop delay ends once the callers that probe readiness have seen it
	 * fail and traffic has stopped, never before the floor and never after
	 * {@link #preStopDelay()}.
	 *
	 * @param floor the shortest delay
	 * @param probes how many readiness probes must have been answered 503 since the flip
	 * @param quietPeriod how long no request other than a probe must have arrived
	 */
	record AdaptiveDelay(Duration floor, int probes, Duration quietPeriod) {

	}

}
