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
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Configuration of the refresh, under {@code lifecycle.refresh}.
 *
 * @author lifecycle-signals maintainers
 * @since 0.1.0
 */
@ConfigurationProperties(RefreshProperties.PREFIX)
public class RefreshProperties {

	/** The prefix of the refresh's properties. */
	public static final String PREFIX = "lifecycle.refresh";

	/**
	 * Whether the refresh action is available.
	 */
	private boolean enabled = true;

	/**
	 * What to do with a refresh some of whose changes only take effect after a restart:
	 * apply what is live and report the rest, or reject the whole refresh.
	 */
	private OnRestartRequired onRestartRequired = OnRestartRequired.APPLY;

	/**
	 * Prefixes of keys the application reads only at startup, besides Spring Boot's
	 * (server, spring.datasource, spring.profiles, ...): a refresh reports them as
	 * needing a restart.
	 */
	private List<String> startupOnlyKeys = new ArrayList<>();

	/**
	 * Largest configuration file a refresh reads: a larger one is rejected, naming it,
	 * before it is parsed (a 52 MB file once held the refresh for minutes). Files the
	 * application started with are not held to it at startup.
	 */
	private DataSize maxFileSize = DataSize.ofMegabytes(1);

	private final Watch watch = new Watch();

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public OnRestartRequired getOnRestartRequired() {
		return this.onRestartRequired;
	}

	public void setOnRestartRequired(OnRestartRequired onRestartRequired) {
		this.onRestartRequired = onRestartRequired;
	}

	public List<String> getStartupOnlyKeys() {
		return this.startupOnlyKeys;
	}

	public void setStartupOnlyKeys(List<String> startupOnlyKeys) {
		this.startupOnlyKeys = startupOnlyKeys;
	}

	public DataSize getMaxFileSize() {
		return this.maxFileSize;
	}

	public void setMaxFileSize(DataSize maxFileSize) {
		this.maxFileSize = maxFileSize;
	}

	public Watch getWatch() {
		return this.watch;
	}

	/**
	 * What to do with a refresh some of whose changes only take effect after a restart.
	 */
	public enum OnRestartRequired {

		/** Apply what is live and report the rest as needing a restart. */
		APPLY,

		/** Reject the whole refresh, naming the keys: all or nothing. */
		REJECT

	}

	/**
	 * Refreshing when the configuration files change.
	 */
	public static class Watch {

		/**
		 * Whether to refresh when a file the configuration was loaded from changes
		 * (including a Kubernetes ConfigMap volume's symlink swap), as a SIGHUP would.
		 */
		private boolean enabled;

		/**
		 * How often the files are checked.
		 */
		private Duration interval = Duration.ofSeconds(2);

		/**
		 * How long the files must stay unchanged before a change counts, so that a burst
		 * of writes leads to one refresh.
		 */
		private Duration quietPeriod = Duration.ofMillis(500);

		/**
		 * Longest random wait before refreshing, so that replicas sharing the files do
		 * not all refresh in the same instant.
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
