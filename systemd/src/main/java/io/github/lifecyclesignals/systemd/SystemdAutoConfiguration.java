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

import java.io.IOException;

import io.github.lifecyclesignals.autoconfigure.LifecycleSignalsAutoConfiguration;
import io.github.lifecyclesignals.drain.DrainDescription;
import io.github.lifecyclesignals.internal.LifecycleStatus;
import io.github.lifecyclesignals.internal.RuntimeTypes;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Auto-configuration of systemd's notify protocol. The bean exists whenever junixsocket
 * does; whether {@code NOTIFY_SOCKET} is set is decided when the application runs, not
 * when it is built, so that an AOT-processed application notifies too.
 *
 * @author lifecycle-signals maintainers
 * @since 0.1.0
 */
@AutoConfiguration(after = LifecycleSignalsAutoConfiguration.class)
@ConditionalOnClass(name = RuntimeTypes.DATAGRAM_SOCKET)
@ConditionalOnBooleanProperty(name = { "lifecycle.enabled", "lifecycle.systemd.enabled" }, matchIfMissing = true)
@EnableConfigurationProperties(SystemdProperties.class)
public final class SystemdAutoConfiguration {

	private static final Log logger = LogFactory.getLog(SystemdAutoConfiguration.class);

	@Bean
	SystemdNotify lifecycleSignalsSystemdNotify(ConfigurableApplicationContext context,
			ObjectProvider<LifecycleStatus> status, ObjectProvider<ApplicationAvailability> availability) {
		// From the process environment only: a property of that name in a file or on the
		// command line is not systemd speaking.
		String notifySocket = System.getenv("NOTIFY_SOCKET");
		try {
			return SystemdNotify.create(context, notifySocket, System.getenv("WATCHDOG_USEC"),
					System.getenv("WATCHDOG_PID"), () -> {
						LifecycleStatus lifecycle = status.getIfAvailable();
						return (lifecycle != null) ? lifecycle.describe(DrainDescription.class) : null;
					}, () -> {
						ApplicationAvailability available = availability.getIfAvailable();
						return (available != null) ? available.getLivenessState() : null;
					});
		}
		catch (IOException ex) {
			logger.warn("NOTIFY_SOCKET does not name a socket junixsocket can send to (" + ex.getMessage()
					+ "); systemd is not notified");
			return SystemdNotify.inactive(context);
		}
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(name = RuntimeTypes.REFRESH_EVENT)
	static class SystemdReloadsConfiguration {

		@Bean
		SystemdReloads lifecycleSignalsSystemdReloads(SystemdNotify notify) {
			return new SystemdReloads(notify);
		}

	}

}
