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

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code /actuator/lifecycle} and the lifecycle meters, read over real HTTP from the
 * sample app running as its own JVM, while it receives real signals.
 */
class LifecycleEndpointProcessTests {

	@TempDir
	Path workDir;

	@Test
	void endpointShowsBindingsWhileRunningAndTheRejectedRefreshWithoutItsValue() throws Exception {
		Path config = this.workDir.resolve("config/application.yml");
		Files.createDirectories(config.getParent());
		Files.writeString(config, "orders:\n  max-quantity: 100\n");
		try (AppProcess app = AppProcess.startSample(this.workDir)) {
			app.awaitReady();
			DocumentContext running = SampleApi.lifecycle(app.port());
			assertThat(running.read("$.state", String.class)).isEqualTo("RUNNING");
			assertThat(running.read("$.signals.bindings[?(@.signal == 'TERM')].action", List.class))
				.containsExactly("drain");
			assertThat(running.read("$.signals.bindings[?(@.signal == 'HUP')].bound", List.class))
				.containsExactly(true);
			assertThat(running.read("$.drain.preStopDelayMillis", Long.class)).isEqualTo(5000);

			Files.writeString(config, "orders:\n  max-quantity: 987654\n");
			app.signal("HUP");
			app.awaitLog("Configuration refresh REJECTED", Duration.ofSeconds(10));
			DocumentContext rejected = SampleApi.lifecycle(app.port());
			assertThat(rejected.read("$.refresh.counts.REJECTED", Integer.class)).isEqualTo(1);
			assertThat(rejected.read("$.refresh.recent[0].outcome", String.class)).isEqualTo("REJECTED");
			assertThat(rejected.read("$.refresh.recent[0].reason", String.class))
				.isEqualTo("orders.max-quantity: must be less than or equal to 10000");
			assertThat(rejected.read("$.signals.recent[0].trigger", String.class)).isEqualTo("SIGHUP");
			assertThat(rejected.jsonString()).doesNotContain("987654");

			app.signal("USR1");
			app.awaitLog("Lifecycle state on SIGUSR1", Duration.ofSeconds(5));
			assertThat(metric(app.port(), "lifecycle.signals.received?tag=signal:HUP")).isEqualTo(1.0);
			assertThat(metric(app.port(), "lifecycle.signals.received?tag=signal:USR1")).isEqualTo(1.0);
			assertThat(metric(app.port(), "lifecycle.refresh?tag=outcome:rejected")).isEqualTo(1.0);
			assertThat(metric(app.port(), "lifecycle.state?tag=state:RUNNING")).isEqualTo(1.0);
			assertThat(metric(app.port(), "lifecycle.state?tag=state:DRAINING")).isEqualTo(0.0);
		}
	}

	@Test
	void duringThePreStopDelayTheEndpointShowsTheDrainAndTheHeldRequestAlsoOnASeparateManagementPort()
			throws Exception {
		int managementPort = AppProcess.freePort();
		try (AppProcess app = AppProcess.startSample(this.workDir, "--lifecycle.drain.pre-stop-delay=4s",
				"--management.server.port=" + managementPort, "--management.server.address=127.0.0.1")) {
			await().atMost(Duration.ofSeconds(90))
				.ignoreExceptions()
				.until(() -> Http.get(managementPort, "/actuator/health/readiness").status() == 200);
			CompletableFuture<Http.Response> held = CompletableFuture.supplyAsync(() -> DrainProcessTests.post(app,
					"/orders?processingMillis=6000", DrainProcessTests.order("held-1")));
			app.awaitLog("Processing order held-1", Duration.ofSeconds(10));
			app.signal("TERM");
			app.awaitLog("Drain step readiness done", Duration.ofSeconds(5));

			Http.Response response = Http.get(managementPort, "/actuator/lifecycle");
			assertThat(response.status()).isEqualTo(200);
			DocumentContext draining = JsonPath.parse(response.body());
			assertThat(draining.read("$.state", String.class)).isEqualTo("DRAINING");
			assertThat(draining.read("$.drain.trigger", String.class)).isEqualTo("SIGTERM");
			assertThat(draining.read("$.drain.step", String.class)).isEqualTo("pre-stop-delay");
			assertThat(draining.read("$.drain.inFlight", Integer.class)).isEqualTo(1);
			assertThat(draining.read("$.drain.oldestInFlightMillis", Long.class)).isPositive();
			assertThat(draining.read("$.drain.timeLeftMillis", Long.class)).isBetween(1L, 30_000L);
			assertThat(metric(managementPort, "lifecycle.state?tag=state:DRAINING")).isEqualTo(1.0);
			assertThat(metric(managementPort, "lifecycle.requests.inflight")).isEqualTo(1.0);
			Path capture = Path.of("target", "lifecycle-during-drain.json");
			Files.writeString(capture, response.body());

			assertThat(held.get(20, TimeUnit.SECONDS).status()).isEqualTo(201);
			assertThat(app.awaitExit(Duration.ofSeconds(30))).isZero();
			assertThat(app.log()).contains("Drain ended CLEAN");
		}
	}

	@Test
	void writeOperationDrainsWhereSignalsCannotBeSentOnceAccessIsGranted() throws Exception {
		try (AppProcess app = AppProcess.startSample(this.workDir, "--lifecycle.drain.pre-stop-delay=1s")) {
			app.awaitReady();
			assertThat(Http.post(app.port(), "/actuator/lifecycle/drain", "").status()).isGreaterThanOrEqualTo(400);
			assertThat(app.isAlive()).isTrue();
		}
		try (AppProcess app = AppProcess.startSample(this.workDir, "--lifecycle.drain.pre-stop-delay=1s",
				"--management.endpoint.lifecycle.access=unrestricted")) {
			app.awaitReady();
			assertThat(Http.post(app.port(), "/actuator/lifecycle/reboot", "").status()).isEqualTo(400);
			Http.Response response = Http.post(app.port(), "/actuator/lifecycle/drain", "");
			assertThat(response.status()).isEqualTo(200);
			assertThat(JsonPath.parse(response.body()).read("$.outcome", String.class)).startsWith("drain started");
			assertThat(app.awaitExit(Duration.ofSeconds(30))).isZero();
			assertThat(app.log()).contains("Drain started by actuator", "Drain ended CLEAN");
		}
	}

	@Test
	void actuatorShutdownSitsThroughThePreStopDelayOnlyWhenConfiguredTo() throws Exception {
		try (AppProcess app = AppProcess.startSample(this.workDir, "--lifecycle.drain.pre-stop-delay=3s",
				"--lifecycle.drain.delay-on-any-close=true", "--management.endpoint.shutdown.access=unrestricted",
				"--management.endpoints.web.exposure.include=health,shutdown")) {
			app.awaitReady();
			assertThat(Http.post(app.port(), "/actuator/shutdown", "").status()).isEqualTo(200);
			app.awaitLog("Context closing without a drain: keeping serving for the pre-stop delay of 3.00s",
					Duration.ofSeconds(5));
			assertThat(Http.get(app.port(), "/actuator/health/readiness").status()).isEqualTo(503);
			Http.Response during = Http.post(app.port(), "/orders", DrainProcessTests.order("during-shutdown"));
			assertThat(during.status()).isEqualTo(201);
			assertThat(during.closesConnection()).isTrue();
			assertThat(app.awaitExit(Duration.ofSeconds(30))).isZero();
		}
	}

	private static double metric(int port, String pathAndQuery) throws IOException {
		Http.Response response = Http.get(port, "/actuator/metrics/" + pathAndQuery);
		assertThat(response.status()).as(pathAndQuery).isEqualTo(200);
		List<Map<String, Object>> measurements = JsonPath.parse(response.body()).read("$.measurements");
		return ((Number) measurements.get(0).get("value")).doubleValue();
	}

}
