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
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import com.jayway.jsonpath.DocumentContext;
import io.github.lifecyclesignals.streamsapp.StreamsApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Event streams and WebSocket sessions at SIGTERM, on Tomcat, Jetty and Reactor Netty,
 * each as its own JVM with real clients: {@code java.net.http.HttpClient} reading the
 * stream, {@code java.net.http.WebSocket} holding a session.
 */
class LongLivedConnectionsProcessTests {

	@TempDir
	Path workDir;

	private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	@ParameterizedTest
	@EnumSource(value = AppProcess.Stack.class, names = { "TOMCAT", "JETTY", "NETTY" })
	void streamEndsCleanlyWebSocketGoesAwayRequestIsServedAndTheProcessExitsZero(AppProcess.Stack stack)
			throws Exception {
		try (AppProcess app = start(stack, "--lifecycle.drain.pre-stop-delay=2s",
				"--lifecycle.drain.connections.spread=200ms")) {
			Stream stream = openStream(app);
			Session session = openWebSocket(app);
			await().atMost(Duration.ofSeconds(10)).until(() -> stream.lines.contains("event:hello"));
			await().atMost(Duration.ofSeconds(10)).until(() -> session.messages.contains("welcome"));
			boolean servlet = stack != AppProcess.Stack.NETTY;
			Session stomp = servlet ? openStomp(app) : null;
			int webSockets = servlet ? 2 : 1;
			CompletableFuture<Http.Response> slow = CompletableFuture
				.supplyAsync(() -> DrainProcessTests.get(app, "/slow?millis=4000"));
			app.awaitLog("Slow request for 4000ms", Duration.ofSeconds(10));
			// A stream that ended as it was returned is served, and no longer held once
			// its response has ended (Jetty ends the async request just after the client
			// has the body): the drain does not wait for it.
			assertThat(Http.get(app.port(), "/news").body()).contains("event:news", "data:all of it");
			await().atMost(Duration.ofSeconds(5))
				.until(() -> SampleApi.lifecycle(app).read("$.connections.streams", Integer.class) == 1);
			DocumentContext before = SampleApi.lifecycle(app);
			assertThat(before.read("$.connections.streams", Integer.class)).isEqualTo(1);
			assertThat(before.read("$.connections.webSockets", Integer.class)).isEqualTo(webSockets);
			// The stream is a connection, not a request: the slow request and the one
			// asking are in flight.
			assertThat(before.read("$.drain.inFlight", Integer.class)).isEqualTo(2);

			long sigterm = System.nanoTime();
			app.signal("TERM");
			await().atMost(Duration.ofSeconds(2))
				.ignoreExceptions()
				.until(() -> SampleApi.lifecycle(app).read("$.drain.step", String.class).equals("pre-stop-delay"));
			DocumentContext during = SampleApi.lifecycle(app);
			assertThat(during.read("$.connections.streams", Integer.class)).isEqualTo(1);
			assertThat(during.read("$.connections.webSockets", Integer.class)).isEqualTo(webSockets);
			assertThat(during.read("$.drain.inFlight", Integer.class)).isEqualTo(2);
			assertThat(stream.ended).isNotDone();
			assertThat(session.closeCode).isNotDone();

			// The stream ends after the delay, cleanly (the client sees the end of the
			// body, not an error), and with the application's goodbye first.
			stream.ended.get(20, TimeUnit.SECONDS);
			assertThat(Duration.ofNanos(System.nanoTime() - sigterm)).isGreaterThanOrEqualTo(Duration.ofSeconds(2));
			assertThat(stream.lines).contains("event:shutdown");
			assertThat(session.closeCode.get(20, TimeUnit.SECONDS)).isEqualTo(1001);
			if (stomp != null) {
				assertThat(stomp.closeCode.get(20, TimeUnit.SECONDS)).isEqualTo(1001);
			}
			Http.Response response = slow.get(20, TimeUnit.SECONDS);
			assertThat(response.status()).isEqualTo(200);
			assertThat(response.body()).isEqualTo("done after 4000ms");
			assertThat(app.awaitExit(Duration.ofSeconds(30))).isZero();
			assertThat(app.log()).contains("Drain ended CLEAN")
				.containsPattern("participants .*connections=done")
				.containsPattern("Closing 1 stream\\(s\\), " + webSockets + " WebSocket session\\(s\\) over 200ms")
				.doesNotContain("abandoned 1");
		}
	}

	@MainLineOnly("A DrainParticipant is the starter's own API; the web servers' streams and WebSockets run on every line")
	@Test
	void participantStillWorkingDelaysTheExitUntilItIsDone() throws Exception {
		try (AppProcess app = start(AppProcess.Stack.TOMCAT, "--demo.participant=finishes",
				"--lifecycle.drain.pre-stop-delay=0s")) {
			app.signal("TERM");
			assertThat(app.awaitExit(Duration.ofSeconds(30))).isZero();
			List<String> lines = app.lines();
			int finished = indexOf(lines, "Batch job finished its last job");
			int done = indexOf(lines, "Drain participant 'batchJob' done in");
			int ended = indexOf(lines, "Drain ended CLEAN");
			assertThat(finished).isPositive();
			assertThat(done).isPositive();
			assertThat(ended).isPositive();
			// Lines of different threads may reach the console out of order; the times
			// they were logged at may not.
			assertThat(loggedAt(lines.get(done))).isAfterOrEqualTo(loggedAt(lines.get(finished)));
			assertThat(loggedAt(lines.get(ended))).isAfterOrEqualTo(loggedAt(lines.get(done)));
			assertThat(lines.get(ended)).contains("participants").contains("batchJob=done");
		}
	}

	@MainLineOnly("A DrainParticipant is the starter's own API; the web servers' streams and WebSockets run on every line")
	@Test
	void participantThatNeverFinishesIsNamedAndTheExitCodeIsTheTimeoutCode() throws Exception {
		try (AppProcess app = start(AppProcess.Stack.TOMCAT, "--demo.participant=never",
				"--lifecycle.drain.pre-stop-delay=0s", "--lifecycle.drain.timeout=4s")) {
			app.signal("TERM");
			assertThat(app.awaitExit(Duration.ofSeconds(30))).isEqualTo(124);
			assertThat(app.log()).contains("participant 'batchJob' (1 in flight: 1 job(s))")
				.containsPattern("Drain ended TIMEOUT .*1 abandoned; exit code 124");
		}
	}

	private AppProcess start(AppProcess.Stack stack, String... args) throws IOException {
		String webType = (stack == AppProcess.Stack.NETTY) ? "reactive" : "servlet";
		List<String> all = new ArrayList<>(List.of("--spring.main.web-application-type=" + webType,
				"--spring.sql.init.mode=never", "--spring.datasource.url=jdbc:h2:mem:test"));
		all.addAll(List.of(args));
		AppProcess app = AppProcess.start(this.workDir, stack, StreamsApplication.class, all.toArray(String[]::new));
		app.awaitReady();
		return app;
	}

	private static Instant loggedAt(String line) {
		return Instant.parse(line.substring(0, line.indexOf(' ')));
	}

	private static int indexOf(List<String> lines, String text) {
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).contains(text)) {
				return i;
			}
		}
		return -1;
	}

	private Stream openStream(AppProcess app) {
		Stream stream = new Stream();
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/events"))
			.header("Accept", "text/event-stream")
			.build();
		this.client.sendAsync(request, HttpResponse.BodyHandlers.ofLines()).thenAccept((response) -> {
			try (java.util.stream.Stream<String> lines = response.body()) {
				lines.forEach((line) -> stream.lines.add(line.replace(": ", ":")));
				stream.ended.complete(null);
			}
			catch (RuntimeException ex) {
				stream.ended.completeExceptionally(ex);
			}
		}).exceptionally((ex) -> {
			stream.ended.completeExceptionally(ex);
			return null;
		});
		return stream;
	}

	private Session openStomp(AppProcess app) {
		Session session = new Session();
		WebSocket webSocket = this.client.newWebSocketBuilder()
			.subprotocols("v12.stomp")
			.buildAsync(URI.create("ws://127.0.0.1:" + app.port() + "/stomp"), session)
			.join();
		webSocket.sendText("CONNECT\naccept-version:1.2\nhost:127.0.0.1\n\n\u0000", true).join();
		await().atMost(Duration.ofSeconds(10))
			.until(() -> session.messages.stream().anyMatch((message) -> message.startsWith("CONNECTED")));
		return session;
	}

	private Session openWebSocket(AppProcess app) {
		Session session = new Session();
		this.client.newWebSocketBuilder()
			.buildAsync(URI.create("ws://127.0.0.1:" + app.port() + "/ws"), session)
			.exceptionally((ex) -> {
				session.closeCode.completeExceptionally(ex);
				return null;
			});
		return session;
	}

	static final class Stream {

		final List<String> lines = new CopyOnWriteArrayList<>();

		final CompletableFuture<Void> ended = new CompletableFuture<>();

	}

	static final class Session implements WebSocket.Listener {

		final List<String> messages = new CopyOnWriteArrayList<>();

		final CompletableFuture<Integer> closeCode = new CompletableFuture<>();

		@Override
		public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
			this.messages.add(data.toString());
			webSocket.request(1);
			return null;
		}

		@Override
		public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
			this.closeCode.complete(statusCode);
			return null;
		}

		@Override
		public void onError(WebSocket webSocket, Throwable error) {
			this.closeCode.completeExceptionally(error);
		}

	}

}
