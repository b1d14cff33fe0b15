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

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.lifecyclesignals.refresh.RefreshSettings;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration of lifecycle-signals, under {@code lifecycle}.
 *
 * @author lifecycle-signals maintainers
 * @since 0.1.0
 */
@ConfigurationProperties("lifecycle")
public class LifecycleProperties {

	/**
	 * Signal actions that apply unless {@code lifecycle.signals} maps the signal
	 * otherwise.
	 */
	public static final Map<String, String> DEFAULT_SIGNALS = defaultSignals();

	/**
	 * Whether lifecycle-signals binds signals, drains and refreshes. When false the
	 * application behaves as if the starter were absent.
	 */
	private boolean enabled = true;

	/**
	 * Action for each signal, by signal name (TERM, INT, HUP, USR1, ...). Built-in
	 * actions: drain, stop, refresh, log-state, ignore, default (keep the JVM's handler);
	 * or the name of a SignalAction bean. Merged over the defaults TERM=drain, INT=stop,
	 * HUP=refresh.
	 */
	private Map<String, String> signals = new LinkedHashMap<>();

	/**
	 * How long a SignalAction bean may run before it is reported as timed out. It keeps
	 * its thread; the next action runs on another.
	 */
	private Duration actionTimeout = Duration.ofSeconds(10);

	private final Drain drain = new Drain();

	private final Refresh refresh = new Refresh();

	private final Systemd systemd = new Systemd();

	private static Map<String, String> defaultSignals() {
		Map<String, String> defaults = new LinkedHashMap<>();
		defaults.put("TERM", "drain");
		defaults.put("INT", "stop");
		defaults.put("HUP", "refresh");
		return Collections.unmodifiableMap(defaults);
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public Map<String, String> getSignals() {
		return this.signals;
	}

	public void setSignals(Map<String, String> signals) {
		this.signals = signals;
	}

	public Duration getActionTimeout() {
		return this.actionTimeout;
	}

	public void setActionTimeout(Duration actionTimeout) {
		this.actionTimeout = actionTimeout;
	}

	public Drain getDrain() {
		return this.drain;
	}

	public Refresh getRefresh() {
		return this.refresh;
	}

	public Systemd getSystemd() {
		return this.systemd;
	}

	/**
	 * Drain settings.
	 */
	public static class Drain {

		/**
		 * How long to keep accepting and serving requests after readiness is refused,
		 * while load balancers notice. Defaults to 5s when a web server runs and 0
		 * otherwise.
		 */
		private @Nullable Duration preStopDelay;

		/**
		 * Budget from the signal to the exit, the pre-stop delay included. When it runs
		 * out, the requests still in flight are logged and the process halts with
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
		 * Whether a context close that no signal started (/actuator/shutdown, close()
		 * from code) also keeps serving through the pre-stop delay.
		 */
		private boolean delayOnAnyClose;

		/**
		 * Signals whose repetition during a drain escalates it: the first repetition
		 * skips what is left of the pre-stop delay and the graceful wait, the next halts.
		 * Other signals, and the endpoint, do not escalate a drain. CockroachDB-style
		 * escalation on a repeated Ctrl+C only: INT.
		 */
		private List<String> escalateOn = new ArrayList<>(List.of("TERM", "INT"));

		private final Adaptive adaptive = new Adaptive();

		private final Connections connections = new Connections();

		/**
		 * File that receives the drain's summary line (and what it abandoned) when it
		 * ends, for Kubernetes' termination message. Defaults to /dev/termination-log
		 * when it exists and is writable; empty to write nothing.
		 */
		private @Nullable String terminationMessagePath;

		/**
		 * How long the platform waits after its SIGTERM before it kills the process
		 * (terminationGracePeriodSeconds, TimeoutStopSec, docker stop -t). When set,
		 * startup fails unless the drain's budget ends at least 2s before it does.
		 */
		private @Nullable Duration gracePeriod;

		public Connections getConnections() {
			return this.connections;
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

		public List<String> getEscalateOn() {
			return this.escalateOn;
		}

		public void setEscalateOn(List<String> escalateOn) {
			this.escalateOn = escalateOn;
		}

		public boolean isDelayOnAnyClose() {
			return this.delayOnAnyClose;
		}

		public void setDelayOnAnyClose(boolean delayOnAnyClose) {
			this.delayOnAnyClose = delayOnAnyClose;
		}

		public Adaptive getAdaptive() {
			return this.adaptive;
		}

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

	}

	/**
	 * Long-lived connections (event streams, WebSocket sessions): closed politely when
	 * the pre-stop delay ends, so that their clients reconnect elsewhere.
	 */
	public static class Connections {

		/**
		 * Whether event streams and WebSocket sessions are tracked and closed by the
		 * drain. Off, they hold the web server's graceful shutdown until the budget runs
		 * out.
		 */
		private boolean enabled = true;

		/**
		 * Window over which the connections are closed, one after another, so that their
		 * clients do not all reconnect in the same millisecond. Defaults to a twentieth
		 * of lifecycle.drain.timeout.
		 */
		private @Nullable Duration spread;

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		public @Nullable Duration getSpread() {
			return this.spread;
		}

		public void setSpread(@Nullable Duration spread) {
			this.spread = spread;
		}

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
	 * Refresh settings.
	 */
	public static class Refresh {

		/**
		 * Whether the refresh action is available (it needs spring-cloud-context).
		 */
		private boolean enabled = true;

		/**
		 * What to do with a refresh some of whose changes only take effect after a
		 * restart: apply what is live and report the rest, or reject the whole refresh.
		 */
		private RefreshSettings.OnRestartRequired onRestartRequired = RefreshSettings.OnRestartRequired.APPLY;

		/**
		 * Prefixes of keys the application reads only at startup, besides Spring Boot's
		 * (server, spring.datasource, spring.profiles, ...): a refresh reports them as
		 * needing a restart.
		 */
		private List<String> startupOnlyKeys = new ArrayList<>();

		private final Watch watch = new Watch();

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		public RefreshSettings.OnRestartRequired getOnRestartRequired() {
			return this.onRestartRequired;
		}

		public void setOnRestartRequired(RefreshSettings.OnRestartRequired onRestartRequired) {
			this.onRestartRequired = onRestartRequired;
		}

		public List<String> getStartupOnlyKeys() {
			return this.startupOnlyKeys;
		}

		public void setStartupOnlyKeys(List<String> startupOnlyKeys) {
			this.startupOnlyKeys = startupOnlyKeys;
		}

		public Watch getWatch() {
			return this.watch;
		}

		/**
		 * Refreshing when the configuration files change.
		 */
		public static class Watch {

			/**
			 * Whether to refresh when a file the configuration was loaded from changes
			 * (including a Kubernetes ConfigMap volume's symlink swap), as a SIGHUP
			 * would.
			 */
			private boolean enabled;

			/**
			 * How often the files are checked.
			 */
			private Duration interval = Duration.ofSeconds(2);

			/**
			 * How long the files must stay unchanged before a change counts, so that a
			 * burst of writes leads to one refresh.
			 */
			private Duration quietPeriod = Duration.ofMillis(500);

			/**
			 * The longest random wait before refreshing, so that replicas sharing the
			 * files do not all refresh in the same instant.
			 */
			private Duration jitter = Duration.ofSeconds(5);

			public boolean isEnabled() {
				return this.enabled;
			}

			public void setEnabled(boolean enabled) {
				this.enabled = enabled;
			}

			public Duration getInterval() {
				return this.interval;
			}

			public void setInterval(Duration interval) {
				this.interval = interval;
			}

			public Duration getQuietPeriod() {
				return this.quietPeriod;
			}

			public void setQuietPeriod(Duration quietPeriod) {
				this.quietPeriod = quietPeriod;
			}

			public Duration getJitter() {
				return this.jitter;
			}

			public void setJitter(Duration jitter) {
				this.jitter = jitter;
			}

		}

	}

	/**
	 * systemd settings.
	 */
	public static class Systemd {

		/**
		 * Whether to speak systemd's notify protocol (READY, RELOADING, STOPPING,
		 * WATCHDOG) when NOTIFY_SOCKET is set; needs junixsocket on the class path.
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
