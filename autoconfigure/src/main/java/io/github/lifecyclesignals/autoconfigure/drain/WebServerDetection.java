package io.github.lifecyclesignals.autoconfigure.drain;

import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.util.ClassUtils;

/**
 * Whether the application runs an embedded web server, which decides the default pre-stop delay.
 */
final class WebServerDetection {

	private static final boolean WEB_SERVER_PRESENT = ClassUtils.isPresent(
			"org.springframework.boot.web.server.context.WebServerApplicationContext",
			WebServerDetection.class.getClassLoader());

	private WebServerDetection() {
	}

	static boolean runsWebServer(ApplicationContext context) {
		return WEB_SERVER_PRESENT && isWebServerContext(context);
	}

	private static boolean isWebServerContext(ApplicationContext context) {
		return context instanceof WebServerApplicationContext;
	}

}
