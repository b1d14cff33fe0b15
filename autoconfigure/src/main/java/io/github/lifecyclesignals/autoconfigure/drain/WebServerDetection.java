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

import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.util.ClassUtils;

/**
 * Whether the application runs an embedded web server, which decides the default pre-stop
 * delay.
 *
 * @author lifecycle-signals maintainers
 */
final class WebServerDetection {

	private static final String WEB_SERVER_CONTEXT = "org.springframework.boot.web.server.context.WebServerApplicationContext";

	private WebServerDetection() {
	}

	static boolean runsWebServer(ApplicationContext context) {
		// Checked before the instanceof, so that apps without spring-boot-web-server
		// never load it.
		return ClassUtils.isPresent(WEB_SERVER_CONTEXT, context.getClassLoader()) && isWebServerContext(context);
	}

	private static boolean isWebServerContext(ApplicationContext context) {
		return context instanceof WebServerApplicationContext;
	}

}
