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

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration of the drain, under {@code lifecycle.drain}.
 *
 * @author lifecycle-signals maintainers
 * @since 0.1.0
 */
@ConfigurationProperties(DrainProperties.PREFIX)
public class DrainProperties {

	/** The prefix of the drain's properties. */
	public static final String PREFIX = "lifecycle.drain";

	/**
	 * How long to keep accepting and serving requests after readiness is refused, while
	 * load balancers notice. Defaults to 5s when a web server runs and 0 otherwise.
	 */
	private @Nullable Duration preStopDelay;

	/**
	 * Budget from the signal to the exit, the pre-stop delay included. When it runs out,
	 * the requests still in flight are logged and the process halts with
	 * timeout-exit-code.
	 */
	private Duration timeout = Duration.ofSeconds(30);

	/**
	 * Exit code after a drain that abandoned no request.
	 */
	private int exitCode = 0;

	/**
	 * Exit code when the budget runs out or requests were abandoned.
	 */
	private int timeoutExitCode = 124;

	/**
	 * Whether a context close that no signal started (/actuator/shutdown, close() from
	 * code) also keeps serving through the pre-stop delay.
	 */
	private boolean delayOnAnyClose;

	/**
	 * Signals whose repetition during a drain escalates it: the first repetition skips
	 * what is left of the pre-stop delay and the graceful wait, the next halts. Other
	 * signals, and the endpoint, do not escalate a drain. CockroachDB-style escalation on
	 * a repeated Ctrl+C only: INT.
	 */
	private List<String> escalateOn = new ArrayList<>(List.of("TERM", "INT"));

	/**
	 * How long after a signal that counted its repetition is the same signal again:
	 * copies of one signal (kill on a process group, a supervisor and a shell both
	 * forwarding, a kill loop) arrive milliseconds apart and neither escalate a drain nor
	 * halt it. A repetition later than this escalates.
	 */
	private Duration escalateMinInterval = Duration.ofSeconds(1);

	/**
	 * File that receives the drain's summary line (and what it abandoned) when it ends,
	 * for Kubernetes' termination message. Defaults to /dev/termination-log when it
	 * exists and is writable; empty to write nothing.
	 */
	private @Nullable String terminationMessagePath;

	/**
	 * How long the platform waits after its SIGTERM before it kills the process
	 * (terminationGracePeriodSeconds, TimeoutStopSec, docker stop -t). When set, startup
	 * fails unless the drain's budget ends at least 2s before it does.
	 */
	private @Nullable Duration gracePeriod;

	private final Adaptive adaptive = new Adaptive();

	private final Executors executors = new Executors();

	public @Nullable Duration getPreStopDelay() {
		return this.preStopDelay;
	}

	public void setPreStopDelay(@Nullable Duration preStopDelay) {
		this.preStopDelay = preStopDelay;
	}

	public Duration getTimeout() {
		return this.timeout;
	}

	public void setTimeout(Duration timeout) {
		this.timeout = timeout;
	}

	public int getExitCode() {
		return this.exitCode;
	}

	public void setExitCode(int exitCode) {
		this.exitCode = exitCode;
	}

	public int getTimeoutExitCode() {
		return this.timeoutExitCode;
	}

	public void setTimeoutExitCode(int timeoutExitCode) {
		this.timeoutExitCode = timeoutExitCode;
	}

	public boolean isDelayOnAnyClose() {
		return this.delayOnAnyClose;
	}

	public void setDelayOnAnyClose(boolean delayOnAnyClose) {
		this.delayOnAnyClose = delayOnAnyClose;
	}

	public List<String> getEscalateOn() {
		return this.escalateOn;
	}

	public void setEscalateOn(List<String> escalateOn) {
		this.escalateOn = escalateOn;
	}

	public Duration getEscalateMinInterval() {
		return this.escalateMinInterval;
	}

	public void setEscalateMinInterval(Duration escalateMinInterval) {
		this.escalateMinInterval = escalateMinInterval;
	}

	public @Nullable String getTerminationMessagePath() {
		return this.terminationMessagePath;
	}

	public void setTerminationMessagePath(@Nullable String terminationMessagePath) {
		this.terminationMessagePath = terminationMessagePath;
	}

	public @Nullable Duration getGracePeriod() {
		return this.gracePeriod;
	}

	public void setGracePeriod(@Nullable Duration gracePeriod) {
		this.gracePeriod = gracePeriod;
	}

	public Adaptive getAdaptive() {
		return this.adaptive;
	}

	public Executors getExecutors() {
		return this.executors;
	}

	/**
	 * Adaptive pre-stop delay: end the delay once readiness probes have seen it fail and
	 * traffic has stopped; pre-stop-delay is then the longest it may last.
	 */
	public static class Adaptive {

		/**
		 * Whether the pre-stop delay ends as soon as load balancers have noticed, rather
		 * than always lasting pre-stop-delay.
		 */
		private boolean enabled;

		/**
		 * Shortest pre-stop delay when adaptive.
		 */
		private Duration floor = Duration.ofMillis(500);

		/**
		 * How many readiness probes must have been answered 503 since readiness was
		 * refused. Count every load balancer node and kubelet that probes: one each is
		 * the least.
		 */
		private int probes = 2;

		/**
		 * How long no request other than a readiness probe must have arrived.
		 */
		private Duration quietPeriod = Duration.ofMillis(500);

		/**
		 * Path of the readiness probe, whose requests count as probes.
		 */
		private String probePath = "/actuator/health/readiness";

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		public Duration getFloor() {
			return this.floor;
		}

		public void setFloor(Duration floor) {
			this.floor = floor;
		}

		public int getProbes() {
			return this.probes;
		}

		public void setProbes(int probes) {
			this.probes = probes;
		}

		public Duration getQuietPeriod() {
			return this.quietPeriod;
		}

		public void setQuietPeriod(Duration quietPeriod) {
			this.quietPeriod = quietPeriod;
		}

		public String getProbePath() {
			return this.probePath;
		}

		public void setProbePath(String probePath) {
			this.probePath = probePath;
		}

	}

	/**
	 * The drain participant that awaits the tasks of the application's executors.
	 */
	public static class Executors {

		/**
		 * Whether the drain awaits the tasks running on ThreadPoolTaskExecutors and
		 * ThreadPoolTaskSchedulers together with the requests, so that they finish within
		 * the budget and one still running at the end is named.
		 */
		private boolean enabled = true;

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

	}

}
