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

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import io.github.lifecyclesignals.coreapp.CoreOnlyApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A user app that depends on the core module alone: no Spring Cloud class on its class
 * path, and still the drain to exit 0, the endpoint and the meters.
 */
class CoreOnlyProcessTests {

	@TempDir
	Path workDir;

	@Test
	void coreAloneDrainsToExitZeroWithTheEndpointAndTheMeters() throws Exception {
		List<String> classPath = Arrays.asList(AppProcess.Stack.CORE_ONLY.classPath().split(File.pathSeparator));
		assertThat(classPath).anyMatch((entry) -> entry.contains("autoconfigure"))
			.noneMatch((entry) -> entry.contains("spring-cloud"))
			.noneMatch((entry) -> AppProcess.Stack.isOptInModule(entry));
		// The sample's configuration maps HUP to refresh, which a core-only app cannot
		// run.
		try (AppProcess app = AppProcess.start(this.workDir, AppProcess.Stack.CORE_ONLY, CoreOnlyApplication.class,
				"--lifecycle.signals.HUP=default", "--lifecycle.drain.pre-stop-delay=1s",
				"--spring.sql.init.mode=never", "--spring.datasource.url=jdbc:h2:mem:core")) {
			app.awaitReady();
			assertThat(Http.get(app.port(), "/class?name=org.springframework.cloud.context.scope.refresh.RefreshScope")
				.body()).isEqualTo("absent");
			assertThat(Http.get(app.port(), "/class?name=io.github.lifecyclesignals.refresh.RefreshProperties").body())
				.isEqualTo("absent");
			assertThat(Http.get(app.port(), "/class?name=io.github.lifecyclesignals.drain.DrainProperties").body())
				.isEqualTo("present");
			DocumentContext lifecycle = JsonPath.parse(Http.get(app.port(), "/actuator/lifecycle").body());
			assertThat(lifecycle.read("$.state", String.class)).isEqualTo("RUNNING");
			assertThat(lifecycle.read("$.signals.bindings[?(@.signal == 'TERM')].status", List.class))
				.containsExactly("BOUND");
			assertThat(lifecycle.read("$.drain.preStopDelayMillis", Long.class)).isEqualTo(1000L);
			assertThat(lifecycle.read("$", java.util.Map.class)).doesNotContainKeys("refresh", "connections");
			assertThat(Http.get(app.port(), "/actuator/metrics/lifecycle.state").status()).isEqualTo(200);
			assertThat(Http.get(app.port(), "/actuator/metrics/lifecycle.requests.inflight").status()).isEqualTo(200);
			assertThat(Http.get(app.port(), "/actuator/metrics/lifecycle.signals.received").status()).isEqualTo(200);
			CompletableFuture<Http.Response> slow = CompletableFuture
				.supplyAsync(() -> DrainProcessTests.get(app, "/slow?millis=3000"));
			SampleApi.awaitInFlight(app, 1);
			app.signal("TERM");
			Http.Response response = slow.get(15, TimeUnit.SECONDS);
			assertThat(response.status()).isEqualTo(200);
			assertThat(response.body()).isEqualTo("done after 3000ms");
			assertThat(app.awaitExit(Duration.ofSeconds(30))).isZero();
			assertThat(app.log()).contains("Drain ended CLEAN");
		}
	}

}
