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

package io.github.lifecyclesignals.connection;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;

import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.WebSocketHandlerDecorator;

/**
 * Tracks the sessions of a servlet-stack WebSocket handler, plain or STOMP, and closes
 * them with status 1001 (going away).
 *
 * @author lifecycle-signals maintainers
 */
final class TrackedWebSocketHandler extends WebSocketHandlerDecorator {

	private final LongLivedConnections connections;

	private final Map<String, Tracked> sessions = new ConcurrentHashMap<>();

	TrackedWebSocketHandler(WebSocketHandler delegate, LongLivedConnections connections) {
		super(delegate);
		this.connections = connections;
	}

	@Override
	public void afterConnectionEstablished(WebSocketSession session) throws Exception {
		URI uri = session.getUri();
		// In the map before it is opened: a session opened while the drain closes is
		// closed
		// at once, and Tomcat's and SockJS's sessions report that close from inside
		// close(),
		// before opened() returns.
		Tracked tracked = new Tracked();
		this.sessions.put(session.getId(), tracked);
		tracked.opened(this.connections.opened(ConnectionKind.WEBSOCKET, (uri != null) ? uri.getPath() : "?", session,
				() -> goingAway(session)));
		super.afterConnectionEstablished(session);
	}

	@Override
	public void afterConnectionClosed(WebSocketSession session, CloseStatus closeStatus) throws Exception {
		Tracked tracked = this.sessions.remove(session.getId());
		if (tracked != null) {
			tracked.closed();
		}
		super.afterConnectionClosed(session, closeStatus);
	}

	private static void goingAway(WebSocketSession session) {
		try {
			session.close(CloseStatus.GOING_AWAY);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A session's connection, which may be reported closed before it is known.
	 */
	private static final class Tracked {

		private volatile @Nullable OpenConnection connection;

		private volatile boolean closed;

		void opened(OpenConnection connection) {
			this.connection = connection;
			if (this.closed) {
				connection.closed();
			}
		}

		void closed() {
			// Whichever of the two runs second sees the other's write; closed() twice is
			// harmless.
			this.closed = true;
			OpenConnection connection = this.connection;
			if (connection != null) {
				connection.closed();
			}
		}

	}

}
