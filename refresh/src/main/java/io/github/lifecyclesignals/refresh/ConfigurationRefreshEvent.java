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

package io.github.lifecyclesignals.refresh;

import java.time.Duration;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEvent;

/**
 * Published after every configuration refresh, whatever its outcome, so that application
 * code can react (re-open a connection pool on {@code APPLIED}, alert on
 * {@code REJECTED}). Property names only, never their values.
 *
 * @author lifecycle-signals maintainers
 * @since 0.1.0
 */
public class ConfigurationRefreshEvent extends ApplicationEvent {

	private final String trigger;

	private final RefreshOutcome outcome;

	private final Set<String> changedKeys;

	private final @Nullable String reason;

	private final Duration duration;

	/**
	 * Creates the event.
	 * @param source what published it
	 * @param trigger what asked for the refresh, for example {@code SIGHUP}
	 * @param outcome how it ended
	 * @param changedKeys the names of the properties whose values changed
	 * @param reason why it was not applied, or {@code null}
	 * @param duration how long it took
	 */
	public ConfigurationRefreshEvent(Object source, String trigger, RefreshOutcome outcome, Set<String> changedKeys,
			@Nullable String reason, Duration duration) {
		super(source);
		this.trigger = trigger;
		this.outcome = outcome;
		this.changedKeys = Set.copyOf(changedKeys);
		this.reason = reason;
		this.duration = duration;
	}

	/**
	 * What asked for the refresh.
	 * @return for example {@code SIGHUP}, {@code file-change} or {@code actuator}
	 */
	public String getTrigger() {
		return this.trigger;
	}

	/**
	 * How the refresh ended.
	 * @return the outcome
	 */
	public RefreshOutcome getOutcome() {
		return this.outcome;
	}

	/**
	 * The properties whose values changed.
	 * @return their names
	 */
	public Set<String> getChangedKeys() {
		return this.changedKeys;
	}

	/**
	 * Why the refresh was not applied.
	 * @return the reason, naming properties but never their values, or {@code null}
	 */
	public @Nullable String getReason() {
		return this.reason;
	}

	/**
	 * How long the refresh took.
	 * @return the duration
	 */
	public Duration getDuration() {
		return this.duration;
	}

}
