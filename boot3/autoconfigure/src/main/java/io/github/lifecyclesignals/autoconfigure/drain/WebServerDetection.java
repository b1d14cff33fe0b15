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

package io.github.lifecyclesignals.autoconfigure.drain;

import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.boot.web.server.WebServer;
import org.springframework.context.ApplicationContext;
import org.springframework.util.ClassUtils;

/**
 * What the drain needs of an embedded web server: whether one runs (which decides the
 * default pre-stop delay), and how to stop it early when a second signal skips the
 * graceful wait. Applications without spring-boot-web-server never load its classes.
 * <p>
 * Spring Boot 3.5's edition: Boot 3 keeps {@code WebServerApplicationContext} in the
 * {@code web.context} package. The Boot 4 edition has its own copy of this class.
 *
 * @author lifecycle-signals maintainers
 */
final class WebServerDetection {

	private static final String WEB_SERVER_CONTEXT = "org.springframework.boot.web.context.WebServerApplicationContext";

	private WebServerDetection() {
	}

	static boolean runsWebServer(ApplicationContext context) {
		// Checked before the instanceof, so that apps without spring-boot-web-server
		// never load it.
		return ClassUtils.isPresent(WEB_SERVER_CONTEXT, context.getClassLoader()) && isWebServerContext(context);
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
		return () -> {
			WebServer server = ((WebServerApplicationContext) context).getWebServer();
			if (server != null) {
				server.stop();
			}
		};
	}

	private static boolean isWebServerContext(ApplicationContext context) {
		return context instanceof WebServerApplicationContext;
	}

}
