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

import java.util.List;

import reactor.core.publisher.Mono;

import org.springframework.web.reactive.socket.CloseStatus;
import org.springframework.web.reactive.socket.WebSocketHandler;
import org.springframework.web.reactive.socket.WebSocketSession;

/**
 * Tracks the sessions of a WebFlux WebSocket handler, and closes them with status 1001
 * (going away). A reactive session lasts as long as the handler's {@code Mono}.
 *
 * @author lifecycle-signals maintainers
 */
final class TrackedReactiveWebSocketHandler implements WebSocketHandler {

	private final WebSocketHandler delegate;

	private final LongLivedConnections connections;

	TrackedReactiveWebSocketHandler(WebSocketHandler delegate, LongLivedConnections connections) {
		this.delegate = delegate;
		this.connections = connections;
	}

	@Override
	public List<String> getSubProtocols() {
		return this.delegate.getSubProtocols();
	}

	@Override
	public Mono<Void> handle(WebSocketSession session) {
		return Mono.defer(() -> {
			OpenConnection connection = this.connections.opened(ConnectionKind.WEBSOCKET,
					session.getHandshakeInfo().getUri().getPath(), session,
					() -> session.close(CloseStatus.GOING_AWAY).subscribe());
			return this.delegate.handle(session).doFinally((signal) -> connection.closed());
		});
	}

}
