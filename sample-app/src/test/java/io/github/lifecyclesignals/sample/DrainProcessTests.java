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
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * SIGTERM and SIGINT against the sample app running as its own JVM, with real HTTP
 * clients.
 */
class DrainProcessTests {

	@TempDir
	Path workDir;

	@Test
	void sigtermDrainsInFlightAndNewRequestsThenExitsZeroAndLosesNoOrder() throws Exception {
		List<String> accepted = new CopyOnWriteArrayList<>();
		try (AppProcess app = AppProcess.startSample(this.workDir, "--lifecycle.drain.pre-stop-delay=4s")) {
			app.awaitReady();
			CompletableFuture<Http.Response> longRequest = CompletableFuture
				.supplyAsync(() -> post(app, "/orders?processingMillis=6000", order("long-1")));
			app.awaitLog("Processing order long-1", Duration.ofSeconds(10));

			long signalled = System.nanoTime();
			app.signal("TERM");
			await().atMost(Duration.ofSeconds(3))
				.ignoreExceptions()
				.until(() -> Http.get(app.port(), "/actuator/health/readiness").status() == 503);

			// During the pre-stop delay: a new connection is still served, and told to
			// close.
			Http.Response during = Http.post(app.port(), "/orders", order("during-1"));
			assertThat(during.status()).isEqualTo(201);
			assertThat(during.closesConnection()).isTrue();
			accepted.add("during-1");
			CompletableFuture<Void> load = CompletableFuture.runAsync(() -> postUntilRefused(app, accepted));

			// After the delay the connector stops accepting while the long request
			// finishes.
			await("the connector refusing new connections").atMost(Duration.ofSeconds(15))
				.pollInterval(Duration.ofMillis(50))
				.until(() -> refusesConnections(app));
			assertThat(longRequest.get(10, TimeUnit.SECONDS).status()).isEqualTo(201);
			accepted.add("long-1");

			int exitCode = app.awaitExit(Duration.ofSeconds(30));
			Duration signalToExit = Duration.ofNanos(System.nanoTime() - signalled);
			load.get(10, TimeUnit.SECONDS);
			System.out.printf("SIGTERM to exit with one 6s request and a 4s delay: %d ms, %d orders accepted%n",
					signalToExit.toMillis(), accepted.size());
			assertThat(exitCode).isZero();
			// The pre-stop delay was kept: at least its 4s.
			assertThat(signalToExit).isGreaterThanOrEqualTo(Duration.ofSeconds(4));
			assertThat(app.log()).contains("Drain step readiness done", "Drain step pre-stop-delay done",
					"Drain step close done", "Order writer stopped", "Drain ended CLEAN");
		}
		try (AppProcess restarted = AppProcess.startSample(this.workDir)) {
			restarted.awaitReady();
			for (String id : accepted) {
				assertThat(Http.get(restarted.port(), "/orders/" + id).status()).as("order " + id).isEqualTo(200);
			}
		}
	}

	@Test
	void requestOutlivingTheBudgetEndsTheProcessWithTheTimeoutCodeAndIsNamed() throws Exception {
		try (AppProcess app = AppProcess.startSample(this.workDir, "--lifecycle.drain.pre-stop-delay=500ms",
				"--lifecycle.drain.timeout=4s")) {
			app.awaitReady();
			CompletableFuture.runAsync(() -> post(app, "/orders?processingMillis=60000", order("stuck-1")));
			app.awaitLog("Processing order stuck-1", Duration.ofSeconds(10));
			long signalled = System.nanoTime();
			app.signal("TERM");
			int exitCode = app.awaitExit(Duration.ofSeconds(20));
			Duration signalToExit = Duration.ofNanos(System.nanoTime() - signalled);
			System.out.printf("SIGTERM to exit with a stuck request and a 4s budget: %d ms%n", signalToExit.toMillis());
			assertThat(exitCode).isEqualTo(124);
			assertThat(app.log())
				.containsPattern("1 request\\(s\\) still in flight: \\[POST /orders \\(age [0-9.]+s\\)\\]")
				.contains("Drain ended TIMEOUT")
				.contains("0 request(s) served during the drain, 1 abandoned; exit code 124");
		}
	}

	@MainLineOnly("Skipping the delay is the starter's own escalation")
	@Test
	void secondSigtermSkipsThePreStopDelay() throws Exception {
		try (AppProcess app = AppProcess.startSample(this.workDir, "--lifecycle.drain.pre-stop-delay=25s",
				"--lifecycle.drain.timeout=40s")) {
			app.awaitReady();
			long signalled = System.nanoTime();
			app.signal("TERM");
			app.awaitLog("Drain step readiness done", Duration.ofSeconds(10));
			app.signalAgain("TERM");
			int exitCode = app.awaitExit(Duration.ofSeconds(20));
			Duration signalToExit = Duration.ofNanos(System.nanoTime() - signalled);
			System.out.printf("SIGTERM, SIGTERM to exit with a 25s delay: %d ms%n", signalToExit.toMillis());
			assertThat(exitCode).isZero();
			assertThat(app.log()).contains("skipping what is left of the pre-stop delay",
					"served during the delay, cut short", "Drain ended ESCALATED");
		}
	}

	@Test
	void sigintStopsWithoutThePreStopDelay() throws Exception {
		try (AppProcess app = AppProcess.startSample(this.workDir, "--lifecycle.drain.pre-stop-delay=25s",
				"--lifecycle.drain.timeout=40s")) {
			app.awaitReady();
			long signalled = System.nanoTime();
			app.signal("INT");
			int exitCode = app.awaitExit(Duration.ofSeconds(20));
			Duration signalToExit = Duration.ofNanos(System.nanoTime() - signalled);
			System.out.printf("SIGINT to exit, idle: %d ms%n", signalToExit.toMillis());
			assertThat(exitCode).isZero();
			assertThat(app.log()).contains("Drain started by SIGINT: pre-stop delay 0ms", "Drain ended CLEAN");
		}
	}

	@MainLineOnly("Counting probes is the starter's own filter")
	@Test
	void adaptivePreStopDelayEndsOnceTheProbesHaveSeenTheRefusal() throws Exception {
		try (AppProcess app = AppProcess.startSample(this.workDir, "--lifecycle.drain.pre-stop-delay=20s",
				"--lifecycle.drain.adaptive.enabled=true", "--lifecycle.drain.adaptive.probes=2")) {
			app.awaitReady();
			long signalled = System.nanoTime();
			app.signal("TERM");
			app.awaitLog("Drain step readiness done", Duration.ofSeconds(10));
			// What a load balancer does: probe until it sees the instance failing, then
			// stop sending.
			await().atMost(Duration.ofSeconds(5))
				.pollInterval(Duration.ofMillis(200))
				.until(() -> Http.get(app.port(), "/actuator/health/readiness").status() == 503);
			assertThat(Http.get(app.port(), "/actuator/health/readiness").status()).isEqualTo(503);
			int exitCode = app.awaitExit(Duration.ofSeconds(30));
			Duration signalToExit = Duration.ofNanos(System.nanoTime() - signalled);
			System.out.printf("SIGTERM to exit, adaptive delay (ceiling 20s), two probes: %d ms%n",
					signalToExit.toMillis());
			assertThat(exitCode).isZero();
			assertThat(app.log()).contains("adaptive delay ended: 2 probe(s) answered 503");
		}
	}

	/**
	 * Whether the server refuses a new connection: its connector has closed.
	 */
	static boolean refusesConnections(AppProcess app) {
		try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), app.port())) {
			return false;
		}
		catch (ConnectException ex) {
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	static String order(String id) {
		return "{\"id\":\"" + id + "\",\"item\":\"pen\",\"quantity\":1}";
	}

	static Http.Response get(AppProcess app, String path) {
		try {
			return Http.get(app.port(), path);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static Http.Response post(AppProcess app, String path, String json) {
		try {
			return Http.post(app.port(), path, json);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Posts orders on new connections until the connector refuses them, keeping the ids
	 * answered 201. Any other answer fails the test: until the connector closes, every
	 * connection is served.
	 */
	private static void postUntilRefused(AppProcess app, List<String> accepted) {
		for (int i = 0; i < 10_000; i++) {
			String id = "load-" + i;
			Http.Response response;
			try {
				response = Http.post(app.port(), "/orders", order(id));
			}
			catch (ConnectException ex) {
				return;
			}
			catch (IOException ex) {
				// A connection still in the listen backlog when the connector closes its
				// socket is reset by the OS before the server read a byte of it: the end
				// of the drain, and the reason the pre-stop delay exists. A reset while
				// the connector still accepts is a failure.
				// Tomcat connects to itself to unblock its acceptor while it closes the
				// socket, so wait a moment for the refusal.
				try {
					await().atMost(Duration.ofSeconds(5))
						.pollInterval(Duration.ofMillis(20))
						.until(() -> refusesConnections(app));
					return;
				}
				catch (ConditionTimeoutException timeout) {
					// Still accepting: a real failure.
				}
				throw new IllegalStateException("request " + id + " failed during the drain", ex);
			}
			assertThat(response.status()).as(id).isEqualTo(201);
			accepted.add(id);
		}
	}

}
