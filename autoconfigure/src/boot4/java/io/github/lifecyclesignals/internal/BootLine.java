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
 * lines. Spring Boot 4's edition: each edition's build holds its own copy of this class
 * (the Boot 3 edition's is under {@code boot3/autoconfigure}), and every other source is
 * shared.
 *
 * @author lifecycle-signals maintainers
 */
public final class BootLine {

	/** The starter built for this line. */
	public static final String STARTER = "lifecycle-signals-spring-boot-starter";

	/** The Spring Boot lines it supports. */
	public static final String SUPPORTED = "Spring Boot 4.0 and 4.1";

	/**
	 * Classes that are all present on this line and not all present on another: the
	 * package Boot 4 moved the bootstrap context to.
	 */
	public static final List<String> MARKER_CLASSES = List.of("org.springframework.boot.bootstrap.ConfigurableBootstrapContext");

	/** What to use on the other line. */
	public static final String OTHER_EDITION = "On Spring Boot 3.5 use lifecycle-signals-spring-boot3-starter.";

	/** The web server context, which decides the default pre-stop delay. */
	public static final String WEB_SERVER_CONTEXT = "org.springframework.boot.web.server.context.WebServerApplicationContext";

	/**
	 * What pushes meters to a Prometheus Pushgateway, which pushes a last time when it is
	 * destroyed.
	 */
	public static final String PUSH_GATEWAY_MANAGER = "org.springframework.boot.micrometer.metrics.export.prometheus.PrometheusPushGatewayManager";

	private BootLine() {
	}

}
