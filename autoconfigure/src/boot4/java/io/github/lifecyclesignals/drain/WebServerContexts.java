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

import org.springframework.boot.web.server.WebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;

/**
 * The application context that runs an embedded web server, in
 * {@code org.springframework.boot.web.server.context} on Spring Boot 4 (which moved it
 * there). The Boot 3 edition has its own copy of this class.
 *
 * @author lifecycle-signals maintainers
 */
final class WebServerContexts {

	private WebServerContexts() {
	}

	static boolean isWebServerContext(ApplicationContext context) {
		return context instanceof WebServerApplicationContext;
	}

	static void stopWebServer(ApplicationContext context) {
		WebServer server = ((WebServerApplicationContext) context).getWebServer();
		if (server != null) {
			server.stop();
		}
	}

}
