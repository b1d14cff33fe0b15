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

package io.github.lifecyclesignals.internal;

import java.util.List;
import java.util.stream.Stream;

/**
 * Every type the starter's modules look up by name at run time, in one place: the
 * optional libraries and the modules whose presence switches a part on, and the types the
 * endpoint serializes. The core registers a reflection hint for each one that is present,
 * so that a native image answers the lookups as the JVM does. The names that differ
 * between Spring Boot lines are {@link BootLine}'s.
 *
 * @author lifecycle-signals maintainers
 */
public final class RuntimeTypes {

	/** A web server factory: a web application, whatever its server. */
	public static final String WEB_SERVER_FACTORY = "org.springframework.boot.web.server.WebServerFactory";

	/** The servlet API, which tells HTTP/2 requests apart on a reactive stack too. */
	public static final String SERVLET_REQUEST = "jakarta.servlet.http.HttpServletRequest";

	/** Bean Validation, which checks refreshed configuration. */
	public static final String BEAN_VALIDATION = "jakarta.validation.Validation";

	/** spring-cloud-context, which the refresh applies through. */
	public static final String REFRESH_SCOPE = "org.springframework.cloud.context.scope.refresh.RefreshScope";

	/**
	 * Spring Cloud's legacy bootstrap, under which the refresh leaves its refresher
	 * alone.
	 */
	public static final String SPRING_CLOUD_BOOTSTRAP = "org.springframework.cloud.bootstrap.marker.Marker";

	/** junixsocket's AF_UNIX datagram socket, which systemd notifications need. */
	public static final String DATAGRAM_SOCKET = "org.newsclub.net.unix.AFUNIXDatagramSocket";

	/** Logback, whose file appenders {@code reopen-logs} reopens. */
	public static final String LOGBACK = "ch.qos.logback.classic.LoggerContext";

	/** Spring MVC, whose emitters are tracked as event streams. */
	public static final String SPRING_MVC = "org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter";

	/** Spring's servlet WebSocket support. */
	public static final String SERVLET_WEBSOCKETS = "org.springframework.web.socket.server.support.WebSocketHandlerMapping";

	/** WebFlux. */
	public static final String WEBFLUX = "org.springframework.web.server.WebFilter";

	/** WebFlux's WebSocket support. */
	public static final String REACTIVE_WEBSOCKETS = "org.springframework.web.reactive.socket.WebSocketHandler";

	/** Spring AMQP's RabbitMQ listeners. */
	public static final String RABBIT_LISTENERS = "org.springframework.amqp.rabbit.listener.RabbitListenerEndpointRegistry";

	/** The refresh module. */
	public static final String REFRESH_MODULE = "io.github.lifecyclesignals.refresh.ConfigurationRefreshAutoConfiguration";

	/** The refresh module's status, which exists when refresh is active. */
	public static final String REFRESH_HISTORY = "io.github.lifecyclesignals.refresh.RefreshHistory";

	/** The refresh module's event, which says a refresh has ended. */
	public static final String REFRESH_EVENT = "io.github.lifecyclesignals.refresh.ConfigurationRefreshEvent";

	/** The systemd module. */
	public static final String SYSTEMD_MODULE = "io.github.lifecyclesignals.systemd.SystemdAutoConfiguration";

	/** The drain's lifecycle processor, which follows the beans' stops. */
	public static final String STOP_TRACKING_LIFECYCLE_PROCESSOR = "io.github.lifecyclesignals.drain.StopTrackingLifecycleProcessor";

	/** The drain, which exists when draining is on. */
	public static final String DRAIN = "io.github.lifecyclesignals.drain.GracefulDrain";

	/** A meter registry that publishes on a schedule, and a last time when closed. */
	public static final String PUSH_METER_REGISTRY = "io.micrometer.core.instrument.push.PushMeterRegistry";

	/**
	 * Zipkin's span reporters, which send what they hold when closed (within their close
	 * timeout) and drop it when the process halts first: Brave's span handler and the
	 * reporter.
	 */
	public static final List<String> SPAN_REPORTERS = List.of("zipkin2.reporter.brave.AsyncZipkinSpanHandler",
			"zipkin2.reporter.AsyncReporter");

	/** The features' descriptions, which the endpoint serializes. */
	public static final List<String> DESCRIPTIONS = List.of("io.github.lifecyclesignals.signal.SignalsDescription",
			"io.github.lifecyclesignals.drain.DrainDescription",
			"io.github.lifecyclesignals.refresh.RefreshDescription",
			"io.github.lifecyclesignals.connection.ConnectionsDescription",
			"io.github.lifecyclesignals.messaging.MessagingDescription");

	/** Every type looked up by name, the Spring Boot line's included. */
	public static final List<String> ALL = Stream.of(List.of(WEB_SERVER_FACTORY, SERVLET_REQUEST, BEAN_VALIDATION,
			REFRESH_SCOPE, SPRING_CLOUD_BOOTSTRAP, DATAGRAM_SOCKET, LOGBACK, SPRING_MVC, SERVLET_WEBSOCKETS, WEBFLUX,
			REACTIVE_WEBSOCKETS, RABBIT_LISTENERS, REFRESH_MODULE, REFRESH_HISTORY, REFRESH_EVENT, SYSTEMD_MODULE,
			STOP_TRACKING_LIFECYCLE_PROCESSOR, DRAIN, PUSH_METER_REGISTRY, BootLine.WEB_SERVER_CONTEXT,
			BootLine.PUSH_GATEWAY_MANAGER), DESCRIPTIONS, BootLine.MARKER_CLASSES)
		.flatMap(List::stream)
		.toList();

	private RuntimeTypes() {
	}

}
