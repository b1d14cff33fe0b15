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

package io.github.lifecyclesignals.connection;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration of long-lived connections (event streams, WebSocket sessions), under
 * {@code lifecycle.drain.connections}: closed politely when the pre-stop delay ends, so
 * that their clients reconnect elsewhere.
 *
 * @author lifecycle-signals maintainers
 * @since 0.1.0
 */
@ConfigurationProperties(ConnectionsProperties.PREFIX)
public class ConnectionsProperties {

	/** The prefix of the connections' properties. */
	public static final String PREFIX = "lifecycle.drain.connections";

	/**
	 * Whether event streams and WebSocket sessions are tracked and closed by the drain.
	 * Off, they hold the web server's graceful shutdown until the budget runs out.
	 */
	private boolean enabled = true;

	/**
	 * Window over which the connections are closed, one after another, so that their
	 * clients do not all reconnect in the same millisecond. Defaults to a twentieth of
	 * lifecycle.drain.timeout.
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
