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

import io.github.lifecyclesignals.internal.BootLine;

import org.springframework.context.ApplicationContext;
import org.springframework.util.ClassUtils;

/**
 * What the drain needs of an embedded web server: whether one runs (which decides the
 * default pre-stop delay), and how to stop it early when a second signal skips the
 * graceful wait. Applications without an embedded web server never load its classes:
 * {@link WebServerContexts}, which differs between Spring Boot lines, is only reached
 * once the context type is known to be present.
 *
 * @author lifecycle-signals maintainers
 */
final class WebServerDetection {

	private WebServerDetection() {
	}

	static boolean runsWebServer(ApplicationContext context) {
		return ClassUtils.isPresent(BootLine.WEB_SERVER_CONTEXT, context.getClassLoader())
				&& WebServerContexts.isWebServerContext(context);
	}

	/**
	 * Stops the web server, which ends its graceful shutdown at once: Tomcat, Jetty and
	 * Reactor Netty abort it in {@code stop()} and report back to Spring's lifecycle
	 * processor, which then moves on.
	 * @param context the application's context
	 * @return what stops the server; nothing without one
	 */
	static Runnable stopWebServer(ApplicationContext context) {
		if (!runsWebServer(context)) {
			return () -> {
			};
		}
		return () -> WebServerContexts.stopWebServer(context);
	}

}
