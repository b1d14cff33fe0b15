package io.github.lifecyclesignals.autoconfigure;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration of lifecycle-signals, under {@code lifecycle}.
 *
 * @since 0.1.0
 */
@ConfigurationProperties("lifecycle")
public class LifecycleProperties {

	/** Signal actions that apply unless {@code lifecycle.signals} maps the signal otherwise. */
	public static final Map<String, String> DEFAULT_SIGNALS = defaultSignals();

	/**
	 * Whether lifecycle-signals binds signals, drains and refreshes. When false the application
	 * behaves as if the starter were absent.
	 */
	private boolean enabled = true;

	/**
	 * Action for each signal, by signal name (TERM, INT, HUP, USR1, ...). Built-in actions: drain,
	 * stop, refresh, log-state, ignore, default (keep the JVM's handler); or the name of a
	 * SignalAction bean. Merged over the defaults TERM=drain, INT=stop, HUP=refresh.
	 */
	private Map<String, String> signals = new LinkedHashMap<>();

	private final Drain drain = new Drain();

	private final Refresh refresh = new Refresh();

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

	public Drain getDrain() {
		return this.drain;
	}

	public Refresh getRefresh() {
		return this.refresh;
	}

	/**
	 * Drain settings.
	 */
	public static class Drain {

		/**
		 * How long to keep accepting and serving requests after readiness is refused, while load
		 * balancers notice. Defaults to 5s when a web server runs and 0 otherwise.
		 */
		private @Nullable Duration preStopDelay;

		/**
		 * Budget from the signal to the exit, the pre-stop delay included. When it runs out, the
		 * requests still in flight are logged and the process halts with timeout-exit-code.
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
	 * Refresh settings.
	 */
	public static class Refresh {

		/**
		 * Whether the refresh action is available (it needs spring-cloud-context).
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
