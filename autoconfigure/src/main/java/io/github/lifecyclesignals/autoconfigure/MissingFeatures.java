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

import java.util.ArrayList;
import java.util.List;

import io.github.lifecyclesignals.internal.BootLine;
import io.github.lifecyclesignals.internal.RuntimeTypes;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.AbstractApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.util.ClassUtils;

/**
 * Says in one WARN line, once the context is ready, which features the configuration asks
 * for but cannot run, and why: a starter quietly missing a part is worse than one that
 * says so.
 *
 * @author lifecycle-signals maintainers
 */
final class MissingFeatures implements SmartInitializingSingleton {

	private static final Log logger = LogFactory.getLog(MissingFeatures.class);

	private final ConfigurableApplicationContext context;

	MissingFeatures(ConfigurableApplicationContext context) {
		this.context = context;
	}

	@Override
	public void afterSingletonsInstantiated() {
		List<String> missing = find();
		if (!missing.isEmpty()) {
			logger.warn("Lifecycle signals running without: " + String.join("; ", missing));
		}
	}

	List<String> find() {
		Environment environment = this.context.getEnvironment();
		ClassLoader classLoader = this.context.getClassLoader();
		List<String> missing = new ArrayList<>();
		boolean refreshWanted = environment.getProperty("lifecycle.refresh.enabled", Boolean.class, true);
		boolean refreshModule = ClassUtils.isPresent(RuntimeTypes.REFRESH_MODULE, classLoader);
		boolean refreshActive = hasBeanOfType(RuntimeTypes.REFRESH_HISTORY);
		if (refreshModule && refreshWanted && !refreshActive) {
			missing.add(ClassUtils.isPresent(RuntimeTypes.REFRESH_SCOPE, classLoader)
					? "refresh (its auto-configuration did not apply; spring.cloud.refresh.enabled=false?)"
					: "refresh (spring-cloud-context is not on the class path; the refresh module brings it, was it"
							+ " excluded?)");
		}
		if (refreshActive && !ClassUtils.isPresent(RuntimeTypes.BEAN_VALIDATION, classLoader)) {
			missing.add("@Validated checks of refreshed configuration (no Bean Validation on the class path)");
		}
		String notifySocket = System.getenv("NOTIFY_SOCKET");
		boolean notifyWanted = notifySocket != null && !notifySocket.isBlank()
				&& environment.getProperty("lifecycle.systemd.enabled", Boolean.class, true);
		if (notifyWanted && !ClassUtils.isPresent(RuntimeTypes.SYSTEMD_MODULE, classLoader)) {
			missing.add("systemd notifications (NOTIFY_SOCKET is set, but lifecycle-signals-spring-boot-systemd is not"
					+ " on the class path; a Type=notify unit waits for READY=1 until TimeoutStartSec and then fails)");
		}
		else if (notifyWanted && !ClassUtils.isPresent(RuntimeTypes.DATAGRAM_SOCKET, classLoader)) {
			missing.add("systemd notifications (NOTIFY_SOCKET is set, but junixsocket is not on the class path: add"
					+ " com.kohlschutter.junixsocket:junixsocket-core, type pom; a Type=notify unit waits for READY=1"
					+ " until TimeoutStartSec and then fails)");
		}
		if (notifyWanted && (!refreshActive || !"refresh".equals(hupAction(environment)))) {
			missing.add("refresh on systemctl reload (SIGHUP does not run refresh here; under Type=notify-reload"
					+ " systemd waits for RELOADING=1 until its timeout: use Type=notify, or map HUP to refresh)");
		}
		if (this.context.containsBean(AbstractApplicationContext.LIFECYCLE_PROCESSOR_BEAN_NAME)
				&& !this.context.getBean(AbstractApplicationContext.LIFECYCLE_PROCESSOR_BEAN_NAME)
					.getClass()
					.getName()
					.equals(RuntimeTypes.STOP_TRACKING_LIFECYCLE_PROCESSOR)
				&& hasBeanOfType(RuntimeTypes.DRAIN)) {
			missing.add("which beans a shutdown phase's timeout left running (the application has a lifecycleProcessor"
					+ " of its own: a drain cannot tell, and may end CLEAN while such a bean still runs)");
		}
		if (isWebApplication() && !isInstance(BootLine.WEB_SERVER_CONTEXT)) {
			missing.add("the default pre-stop delay (a web application whose web server the starter does not"
					+ " recognize; set lifecycle.drain.pre-stop-delay)");
		}
		return missing;
	}

	private static String hupAction(Environment environment) {
		String action = environment.getProperty("lifecycle.signals.HUP");
		if (action == null) {
			action = environment.getProperty("lifecycle.signals.SIGHUP");
		}
		return (action != null) ? action.trim() : "refresh";
	}

	private boolean has(Class<?> type) {
		return this.context.getBeanNamesForType(type, false, false).length > 0;
	}

	private boolean hasBeanOfType(String typeName) {
		try {
			return has(ClassUtils.forName(typeName, this.context.getClassLoader()));
		}
		catch (ClassNotFoundException | LinkageError ex) {
			return false;
		}
	}

	// A web server factory but no web server context: a server the starter's detection
	// does not know (a mock web environment in a test has neither).
	private boolean isWebApplication() {
		return hasBeanOfType(RuntimeTypes.WEB_SERVER_FACTORY);
	}

	private boolean isInstance(String typeName) {
		try {
			return ClassUtils.forName(typeName, this.context.getClassLoader()).isInstance(this.context);
		}
		catch (ClassNotFoundException | LinkageError ex) {
			return false;
		}
	}

}
