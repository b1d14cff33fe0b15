/*
 * Copyright 2026 the original author or authors.
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

import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * The bench's long-lived connection clients, run with {@code java ConnectionsClient.java
 * PORT STREAMS WEBSOCKETS}: opens the event streams ({@code /feed}) and WebSocket
 * sessions ({@code /live}), prints {@code READY} once every one has said hello,
 * then one line per connection once every one has ended (or after two minutes): kind,
 * when it ended ({@code System.nanoTime()}, the same monotonic clock as Python's
 * {@code time.monotonic()} on Linux), how (a stream's body ended cleanly or broke; a
 * WebSocket's close code, or its error), and whether the application's goodbye arrived.
 */
public class ConnectionsClient {

	public static void main(String[] args) throws Exception {
		int port = Integer.parseInt(args[0]);
		int streams = Integer.parseInt(args[1]);
		int webSockets = Integer.parseInt(args[2]);
		HttpClient client = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.executor(Executors.newCachedThreadPool())
			.build();
		List<Connection> connections = new ArrayList<>();
		for (int i = 0; i < streams; i++) {
			Connection connection = new Connection("stream");
			connections.add(connection);
			HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/feed"))
				.header("Accept", "text/event-stream")
				.build();
			client.sendAsync(request, HttpResponse.BodyHandlers.ofLines()).thenAccept((response) -> {
				try (Stream<String> lines = response.body()) {
					lines.forEach((line) -> {
						if (line.startsWith("event:hello")) {
							connection.ready.complete(null);
						}
						if (line.startsWith("event:shutdown")) {
							connection.goodbye = true;
						}
					});
					connection.end("clean", 0);
				}
				catch (UncheckedIOException ex) {
					connection.end("broken", 0);
				}
			}).exceptionally((ex) -> {
				connection.end("failed", 0);
				return null;
			});
		}
		for (int i = 0; i < webSockets; i++) {
			Connection connection = new Connection("websocket");
			connections.add(connection);
			client.newWebSocketBuilder()
				.buildAsync(URI.create("ws://127.0.0.1:" + port + "/live"), new WebSocket.Listener() {

					@Override
					public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
						connection.ready.complete(null);
						webSocket.request(1);
						return null;
					}

					@Override
					public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
						connection.end("close", statusCode);
						return null;
					}

					@Override
					public void onError(WebSocket webSocket, Throwable error) {
						connection.end("error", 0);
					}

				})
				.exceptionally((ex) -> {
					connection.end("failed", 0);
					return null;
				});
		}
		CompletableFuture.allOf(connections.stream().map((c) -> c.ready).toArray(CompletableFuture[]::new))
			.get(60, TimeUnit.SECONDS);
		long failed = connections.stream().filter((c) -> c.ended.isDone()).count();
		if (failed > 0) {
			System.out.println("FAILED: " + failed + " connection(s) ended before all were open");
			System.exit(1);
		}
		System.out.println("READY");
		System.out.flush();
		try {
			CompletableFuture.allOf(connections.stream().map((c) -> c.ended).toArray(CompletableFuture[]::new))
				.get(120, TimeUnit.SECONDS);
		}
		catch (TimeoutException ex) {
			// Reported as still open.
		}
		for (Connection connection : connections) {
			System.out.println(connection.kind + " " + connection.endNanos + " " + connection.how + " "
					+ connection.code + " " + connection.goodbye);
		}
		System.exit(0);
	}

	static final class Connection {

		final String kind;

		final CompletableFuture<Void> ready = new CompletableFuture<>();

		final CompletableFuture<Void> ended = new CompletableFuture<>();

		volatile long endNanos = -1;

		volatile String how = "open";

		volatile int code;

		volatile boolean goodbye;

		Connection(String kind) {
			this.kind = kind;
		}

		synchronized void end(String how, int code) {
			if (!this.ended.isDone()) {
				this.endNanos = System.nanoTime();
				this.how = how;
				this.code = code;
				this.ready.complete(null);
				this.ended.complete(null);
			}
		}

	}

}
