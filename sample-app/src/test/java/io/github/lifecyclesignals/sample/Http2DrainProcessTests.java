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

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A drain over HTTP/2 (h2c on Tomcat, {@code server.http2.enabled}), with the JDK's
 * HTTP/2 client on one multiplexed connection.
 */
class Http2DrainProcessTests {

	/**
	 * The first JDK whose HTTP client honours a GOAWAY's last stream id (JDK-8335181).
	 */
	private static final int GOAWAY_AWARE_JDK = 24;

	@TempDir
	Path workDir;

	@Test
	void requestsDuringTheDelayCarryNoConnectionHeaderAndTheOneInFlightIsServed() throws Exception {
		try (AppProcess app = AppProcess.startSample(this.workDir, "--server.http2.enabled=true",
				"--lifecycle.drain.pre-stop-delay=3s")) {
			app.awaitReady();
			HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build();
			HttpResponse<String> first = client.send(request(app, "/settings").build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(first.version()).isEqualTo(HttpClient.Version.HTTP_2);
			app.signal("TERM");
			await().atMost(Duration.ofSeconds(3))
				.until(() -> client
					.send(request(app, "/actuator/health/readiness").build(), HttpResponse.BodyHandlers.ofString())
					.statusCode() == 503);
			HttpResponse<String> during = client.send(request(app, "/settings").build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(during.version()).isEqualTo(HttpClient.Version.HTTP_2);
			assertThat(during.statusCode()).isEqualTo(200);
			// Connection-specific headers are illegal in HTTP/2 (RFC 9113, 8.2.2): strict
			// clients reject the response.
			assertThat(during.headers().firstValue("connection")).isEmpty();
			CompletableFuture<HttpResponse<String>> slow = client
				.sendAsync(request(app, "/orders?processingMillis=3000")
					.POST(HttpRequest.BodyPublishers.ofString(DrainProcessTests.order("h2-in-flight")))
					.header("Content-Type", "application/json")
					.build(), HttpResponse.BodyHandlers.ofString());
			app.awaitLog("Processing order h2-in-flight", Duration.ofSeconds(5));
			assertThat(app.awaitExit(Duration.ofSeconds(30))).isZero();
			// The server sent GOAWAY with the stream's id and served it.
			assertThat(app.log()).contains("Drain ended CLEAN").contains("0 abandoned");
			if (Runtime.version().feature() >= GOAWAY_AWARE_JDK) {
				assertThat(slow.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(201);
			}
			else {
				// Older JDK clients fail every open stream on any GOAWAY, whatever its
				// last stream id: the client's bug, not a lost request.
				assertThat(slow).failsWithin(Duration.ofSeconds(10));
			}
		}
	}

	private static HttpRequest.Builder request(AppProcess app, String path) {
		return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path));
	}

}
