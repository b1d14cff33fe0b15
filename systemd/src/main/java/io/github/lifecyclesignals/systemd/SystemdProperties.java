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

package io.github.lifecyclesignals.systemd;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration of systemd's notify protocol, under {@code lifecycle.systemd}.
 *
 * @author lifecycle-signals maintainers
 * @since 0.1.0
 */
@ConfigurationProperties(SystemdProperties.PREFIX)
public class SystemdProperties {

	/** The prefix of the systemd properties. */
	public static final String PREFIX = "lifecycle.systemd";

	/**
	 * Whether to speak systemd's notify protocol (READY, RELOADING, STOPPING, WATCHDOG)
	 * when NOTIFY_SOCKET is set.
	 */
	private boolean enabled = true;

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

}
