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

package io.github.lifecyclesignals.sample;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.github.lifecyclesignals.testapps.SlowEndpointApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The drain on Jetty (Spring MVC, asynchronous request) and Reactor Netty (WebFlux), each
 * as its own JVM whose class path holds only that server.
 */
class OtherWebStackDrainProcessTests {

	@TempDir
	Path workDir;

	@ParameterizedTest
	@EnumSource(value = AppProcess.Stack.class, names = { "JETTY", "NETTY" })
	void inFlightRequestCompletesAndProcessExitsZero(AppProcess.Stack stack) throws Exception {
		String webType = (stack == AppProcess.Stack.NETTY) ? "reactive" : "servlet";
		try (AppProcess app = AppProcess.start(this.workDir, stack, SlowEndpointApplication.class,
				"--spring.main.web-application-type=" + webType, "--lifecycle.drain.pre-stop-delay=3s",
				"--spring.sql.init.mode=never", "--spring.datasource.url=jdbc:h2:mem:test")) {
			app.awaitReady();
			assertThat(app.log())
				.containsIgnoringCase(stack.name().equals("NETTY") ? "Netty started" : "Jetty started");
			CompletableFuture<Http.Response> slow = CompletableFuture
				.supplyAsync(() -> DrainProcessTests.get(app, "/slow?millis=5000"));
			app.awaitLog("Slow request for 5000ms", Duration.ofSeconds(10));
			app.signal("TERM");
			app.awaitLog("Drain started by SIGTERM: .* 1 request\\(s\\) in flight", Duration.ofSeconds(5));
			await().atMost(Duration.ofSeconds(3))
				.ignoreExceptions()
				.until(() -> Http.get(app.port(), "/actuator/health/readiness").status() == 503);
			Http.Response during = Http.get(app.port(), "/slow?millis=1");
			assertThat(during.status()).isEqualTo(200);
			assertThat(during.closesConnection()).isTrue();
			Http.Response response = slow.get(15, TimeUnit.SECONDS);
			assertThat(response.status()).isEqualTo(200);
			assertThat(response.body()).isEqualTo("done after 5000ms");
			assertThat(app.awaitExit(Duration.ofSeconds(30))).isZero();
			assertThat(app.log()).contains("Drain ended CLEAN");
		}
	}

	@Test
	void applicationWithoutAWebServerDrainsTooWithoutADelay() throws Exception {
		try (AppProcess app = AppProcess.start(this.workDir, AppProcess.Stack.TOMCAT, SlowEndpointApplication.class,
				"--spring.main.web-application-type=none", "--spring.main.keep-alive=true",
				"--spring.sql.init.mode=never", "--spring.datasource.url=jdbc:h2:mem:test")) {
			app.awaitLog("Started SlowEndpointApplication", Duration.ofSeconds(90));
			app.signal("TERM");
			assertThat(app.awaitExit(Duration.ofSeconds(30))).isZero();
			assertThat(app.log()).contains("Drain started by SIGTERM: pre-stop delay 0ms", "Drain ended CLEAN")
				.doesNotContain("Tomcat started");
		}
	}

}
