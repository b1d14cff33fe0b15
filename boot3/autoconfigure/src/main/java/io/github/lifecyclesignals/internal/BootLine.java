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

/**
 * The Spring Boot line this artifact is built for, and the names that differ between
 * lines. Spring Boot 3.5's edition: each edition's build holds its own copy of this class
 * (the Boot 4 edition's is under {@code autoconfigure/src/boot4}), and every other source
 * is shared.
 *
 * @author lifecycle-signals maintainers
 */
public final class BootLine {

	/** The starter built for this line. */
	public static final String STARTER = "lifecycle-signals-spring-boot3-starter";

	/** The Spring Boot lines it supports. */
	public static final String SUPPORTED = "Spring Boot 3.5";

	/**
	 * Classes that are all present on this line and not all present on another: the
	 * bootstrap context where Boot 2.4 to 3.5 keep it (Boot 4 moved it), and a condition
	 * Boot 3.5 introduced.
	 */
	public static final List<String> MARKER_CLASSES = List.of("org.springframework.boot.ConfigurableBootstrapContext",
			"org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty");

	/** What to use on the other line. */
	public static final String OTHER_EDITION = "On Spring Boot 4.0 and 4.1 use lifecycle-signals-spring-boot-starter.";

	/** The web server context, which decides the default pre-stop delay. */
	public static final String WEB_SERVER_CONTEXT = "org.springframework.boot.web.context.WebServerApplicationContext";

	/**
	 * What pushes meters to a Prometheus Pushgateway, which pushes a last time when it is
	 * destroyed.
	 */
	public static final String PUSH_GATEWAY_MANAGER = "org.springframework.boot.actuate.metrics.export.prometheus.PrometheusPushGatewayManager";

	private BootLine() {
	}

}
