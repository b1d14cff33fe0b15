package io.github.lifecyclesignals.autoconfigure.drain;

import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.util.ClassUtils;

/**
 * Whether the application runs an embedded web server, which decides the default pre-stop delay.
 */
final class WebServerDetection {

	private static final String WEB_SERVER_CONTEXT = "org.springframework.boot.web.server.context.WebServerApplicationContext";

	private WebServerDetection() {
	}

	static boolean runsWebServer(ApplicationContext context) {
		// Checked before the instanceof, so that apps without spring-boot-web-server never load it.
		return ClassUtils.isPresent(WEB_SERVER_CONTEXT, context.getClassLoader()) && isWebServerContext(context);
	}

	private static boolean isWebServerContext(ApplicationContext context) {
		return context instanceof WebServerApplicationContext;
	}

}
