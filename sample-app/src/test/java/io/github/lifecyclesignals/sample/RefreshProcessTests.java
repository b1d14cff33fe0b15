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
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * SIGHUP against the sample app running as its own JVM, with its tunable settings in
 * {@code config/application.yml} beside it, as an operator would run it.
 */
class RefreshProcessTests {

	@TempDir
	Path workDir;

	private Path configFile;

	@BeforeEach
	void writeInitialConfig() throws IOException {
		this.configFile = this.workDir.resolve("config/application.yml");
		Files.createDirectories(this.configFile.getParent());
		writeConfig("orders:\n  max-quantity: 100\n");
	}

	@Test
	void changedValueIsServedQuicklyTheLogNamesTheKeyNotTheValueAndRequestsKeepSucceeding() throws Exception {
		try (AppProcess app = AppProcess.startSample(this.workDir)) {
			app.awaitReady();
			AtomicBoolean loading = new AtomicBoolean(true);
			AtomicInteger served = new AtomicInteger();
			List<String> failures = Collections.synchronizedList(new ArrayList<>());
			CompletableFuture<Void> load = CompletableFuture.runAsync(() -> {
				for (int i = 0; i < 100_000 && loading.get(); i++) {
					try {
						Http.Response response = Http.get(app.port(), "/settings");
						if (response.status() != 200) {
							failures.add("status " + response.status());
						}
						served.incrementAndGet();
					}
					catch (IOException ex) {
						failures.add(ex.toString());
					}
				}
			});
			List<Long> latencies = new ArrayList<>();
			for (int i = 1; i <= 7; i++) {
				String message = "Welcome-" + i + "-" + System.nanoTime();
				writeConfig("orders:\n  max-quantity: 100\n  accepted-message: " + message + "\n");
				long signalled = System.nanoTime();
				app.signal("HUP");
				await().atMost(Duration.ofSeconds(5))
					.pollInterval(Duration.ofMillis(5))
					.until(() -> Http.get(app.port(), "/settings").body().contains(message));
				latencies.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - signalled));
				assertThat(app.log()).doesNotContain(message);
			}
			loading.set(false);
			load.get(30, TimeUnit.SECONDS);
			Collections.sort(latencies);
			System.out.printf(
					"SIGHUP to new value served, ms (sorted): %s, median %d; %d requests during refreshes, %d failed%n",
					latencies, latencies.get(latencies.size() / 2), served.get(), failures.size());
			assertThat(failures).isEmpty();
			assertThat(served.get()).isPositive();
			assertThat(app.log()).contains("Configuration refresh APPLIED (trigger SIGHUP",
					"1 changed key: live [orders.accepted-message]");
		}
	}

	@Test
	void invalidCandidatesAreRejectedWhileTheOldValueKeepsServingAndAFixedFileApplies() throws Exception {
		try (AppProcess app = AppProcess.startSample(this.workDir)) {
			app.awaitReady();

			writeConfig("orders:\n  max-quantity: 300\n  accepted-message: \"unterminated\n");
			app.signal("HUP");
			assertThat(app.awaitLog("Configuration refresh REJECTED", Duration.ofSeconds(10)))
				.contains("file config/application.yml: ", "the previous configuration stays");
			assertThat(SampleApi.maxQuantity(app)).isEqualTo(100);

			writeConfig("orders:\n  max-quantity: 50000\n");
			app.signal("HUP");
			await().atMost(Duration.ofSeconds(10))
				.until(() -> app.lines()
					.stream()
					.anyMatch((line) -> line.contains("orders.max-quantity: must be less than or equal to 10000")));
			assertThat(SampleApi.maxQuantity(app)).isEqualTo(100);

			writeConfig(
					"orders:\n  max-quantity: 7\nlogging:\n  level:\n    io.github.lifecyclesignals.sample: DEBUG\n");
			assertThat(app.log()).doesNotContain("DEBUG");
			app.signal("HUP");
			app.awaitLog("Configuration refresh APPLIED", Duration.ofSeconds(10));
			assertThat(SampleApi.maxQuantity(app)).isEqualTo(7);
			assertThat(Http.post(app.port(), "/orders", DrainProcessTests.order("debug-1")).status()).isEqualTo(201);
			app.awaitLog("DEBUG .* Order debug-1 accepted", Duration.ofSeconds(5));
			assertThat(app.isAlive()).isTrue();
		}
	}

	@MainLineOnly("Coalescing refreshes is the starter's own dispatcher")
	@Test
	void burstOfHundredSignalsRunsFewRefreshesAndEndsWithTheLastContent() throws Exception {
		try (AppProcess app = AppProcess.startSample(this.workDir)) {
			app.awaitReady();
			for (int i = 1; i <= 100; i++) {
				writeConfig("orders:\n  max-quantity: " + i + "\n");
				app.signal("HUP");
			}
			await().atMost(Duration.ofSeconds(30)).until(() -> SampleApi.maxQuantity(app) == 100);
			// The last content is served and no refresh runs or waits: the burst is over,
			// and the refresh that applied it has been recorded. (The kernel merges a
			// signal that arrives while the same one is pending, so fewer than 100 may
			// arrive.)
			await().atMost(Duration.ofSeconds(30))
				.pollInterval(Duration.ofMillis(100))
				.until(() -> !SignalFaultsProcessTests.lifecycle(app.port()).read("$.refresh.running", Boolean.class));
			long refreshes = app.lines().stream().filter((line) -> line.contains("Configuration refresh ")).count();
			long coalesced = app.lines()
				.stream()
				.filter((line) -> line.contains("coalesced into the pending refresh"))
				.count();
			System.out.printf("100 SIGHUPs: %d refreshes run, %d requests coalesced%n", refreshes, coalesced);
			assertThat(refreshes).isLessThan(100);
			assertThat(app.isAlive()).isTrue();
			assertThat(Http.get(app.port(), "/actuator/health/readiness").status()).isEqualTo(200);
		}
	}

	@MainLineOnly("Refusing a refresh during a drain is the starter's own dispatcher")
	@Test
	void sighupWhileDrainingIsRefusedAndTheDrainCompletes() throws Exception {
		try (AppProcess app = AppProcess.startSample(this.workDir, "--lifecycle.drain.pre-stop-delay=5s")) {
			app.awaitReady();
			app.signal("TERM");
			app.awaitLog("Drain started by SIGTERM", Duration.ofSeconds(5));
			writeConfig("orders:\n  max-quantity: 5\n");
			app.signal("HUP");
			app.awaitLog("Received SIGHUP, refresh: refused: draining", Duration.ofSeconds(5));
			assertThat(app.awaitExit(Duration.ofSeconds(30))).isZero();
			assertThat(app.log()).contains("Drain ended CLEAN").doesNotContain("Configuration refresh APPLIED");
			// One line per refused SIGHUP: a HUP storm during a drain doubles no log.
			assertThat(app.log().lines().filter((line) -> line.contains("SIGHUP") && line.contains("refused")))
				.hasSize(1);
		}
	}

	private void writeConfig(String content) throws IOException {
		SampleApi.replace(this.configFile, content);
	}

}
