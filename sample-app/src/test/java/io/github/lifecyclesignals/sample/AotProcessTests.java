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

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The sample app as Spring AOT processed it at build time ({@code process-aot}), run on
 * the JVM with {@code -Dspring.aot.enabled=true}: the bean definitions come from
 * generated code, the conditions were decided at build time. It must still bind its
 * signals, drain and refresh. Runs after {@code package} (failsafe), on the packaged jar.
 */
class AotProcessTests {

	private static final List<String> AOT = List.of("-Dspring.aot.enabled=true");

	@TempDir
	Path workDir;

	@Test
	void aotProcessedAppDrainsWithItsRequestServedAndExitsZero() throws Exception {
		try (AppProcess app = AppProcess.startJar(this.workDir, AOT, "--lifecycle.drain.pre-stop-delay=2s")) {
			app.awaitReady();
			assertThat(app.log()).contains("Starting AOT-processed SampleApplication")
				.contains("TERM->drain (replaces JVM shutdown handler)");
			CompletableFuture<Http.Response> slow = CompletableFuture.supplyAsync(() -> DrainProcessTests.post(app,
					"/orders?processingMillis=3000", DrainProcessTests.order("aot-1")));
			app.awaitLog("Processing order aot-1", Duration.ofSeconds(10));
			app.signal("TERM");
			await().atMost(Duration.ofSeconds(2))
				.ignoreExceptions()
				.until(() -> Http.get(app.port(), "/actuator/health/readiness").status() == 503);
			assertThat(slow.get(20, TimeUnit.SECONDS).status()).isEqualTo(201);
			assertThat(app.awaitExit(Duration.ofSeconds(30))).isZero();
			assertThat(app.log()).contains("Drain ended CLEAN");
		}
	}

	@Test
	void aotProcessedAppRefreshesOnSighup() throws Exception {
		Path config = this.workDir.resolve("config/application.yml");
		Files.createDirectories(config.getParent());
		Files.writeString(config, "orders:\n  accepted-message: before\n");
		try (AppProcess app = AppProcess.startJar(this.workDir, AOT)) {
			app.awaitReady();
			assertThat(Http.get(app.port(), "/settings").body()).contains("before");
			Files.writeString(config, "orders:\n  accepted-message: after the refresh\n");
			app.signal("HUP");
			await().atMost(Duration.ofSeconds(10))
				.pollInterval(Duration.ofMillis(50))
				.until(() -> Http.get(app.port(), "/settings").body().contains("after the refresh"));
			app.awaitLog("Configuration refresh APPLIED \\(trigger SIGHUP", Duration.ofSeconds(5));
			assertThat(app.log()).contains("live [orders.accepted-message]");
			app.signal("TERM");
			assertThat(app.awaitExit(Duration.ofSeconds(30))).isZero();
		}
	}

}
