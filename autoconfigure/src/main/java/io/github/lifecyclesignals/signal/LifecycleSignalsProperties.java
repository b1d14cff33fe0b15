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
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration of lifecycle-signals' signals, under {@code lifecycle}. Each feature has
 * its own properties class under its own prefix ({@code lifecycle.drain},
 * {@code lifecycle.refresh}, ...).
 *
 * @author lifecycle-signals maintainers
 * @since 0.1.0
 */
@ConfigurationProperties(LifecycleSignalsProperties.PREFIX)
public class LifecycleSignalsProperties {

	/** The prefix of every lifecycle-signals property. */
	public static final String PREFIX = "lifecycle";

	/**
	 * Whether lifecycle-signals binds signals, drains and refreshes. When false the
	 * application behaves as if the starter were absent.
	 */
	private boolean enabled = true;

	/**
	 * Action for each signal, by signal name (TERM, INT, HUP, USR1, ...). Built-in
	 * actions: drain, stop, refresh, log-state, reopen-logs, ignore, default (keep the
	 * JVM's handler); or the name of a SignalAction bean. Merged over the defaults
	 * TERM=drain, INT=stop, HUP=refresh.
	 */
	private Map<String, String> signals = new LinkedHashMap<>();

	/**
	 * How long a SignalAction bean may run before it is reported as timed out. It keeps
	 * its thread; the next action runs on another.
	 */
	private Duration actionTimeout = Duration.ofSeconds(10);

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

}
