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

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

import org.springframework.http.HttpHeaders;
import org.springframework.web.reactive.socket.CloseStatus;
import org.springframework.web.reactive.socket.HandshakeInfo;
import org.springframework.web.reactive.socket.WebSocketHandler;
import org.springframework.web.reactive.socket.WebSocketSession;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/**
 * Tests for {@link TrackedReactiveWebSocketHandler}.
 */
class TrackedReactiveWebSocketHandlerTests {

	private static final Duration WAIT = Duration.ofSeconds(10);

	private final List<ConnectionsClosingEvent> events = new CopyOnWriteArrayList<>();

	private final LongLivedConnections connections = new LongLivedConnections(Duration.ZERO,
			(event) -> this.events.add((ConnectionsClosingEvent) event));

	private final Sinks.Empty<Void> sessionEnds = Sinks.empty();

	private final List<CloseStatus> closes = new CopyOnWriteArrayList<>();

	private final WebSocketSession session = session();

	private final TrackedReactiveWebSocketHandler handler = new TrackedReactiveWebSocketHandler(
			(webSocketSession) -> this.sessionEnds.asMono(), this.connections);

	@Test
	void sessionIsTrackedOnceTheServerSubscribesAndUntilTheApplicationsHandlerCompletes() {
		Mono<Void> handling = this.handler.handle(this.session);
		assertThat(this.connections.inFlight()).isZero();
		handling.subscribe();
		assertThat(this.connections.count(ConnectionKind.WEBSOCKET)).isOne();
		this.sessionEnds.tryEmitEmpty();
		assertThat(this.connections.inFlight()).isZero();
	}

	@Test
	void sessionWhoseHandlerFailsIsNoLongerTracked() {
		this.handler.handle(this.session).subscribe(null, (ex) -> {
		});
		assertThat(this.connections.inFlight()).isOne();
		this.sessionEnds.tryEmitError(new IllegalStateException("handler failed"));
		assertThat(this.connections.inFlight()).isZero();
	}

	@Test
	void sessionTheServerCancelsIsNoLongerTracked() {
		Disposable handling = this.handler.handle(this.session).subscribe();
		assertThat(this.connections.inFlight()).isOne();
		handling.dispose();
		assertThat(this.connections.inFlight()).isZero();
	}

	@Test
	void eachSubscriptionIsASessionOfItsOwn() {
		Mono<Void> handling = this.handler.handle(this.session);
		handling.subscribe();
		handling.subscribe();
		assertThat(this.connections.inFlight()).isEqualTo(2);
		this.sessionEnds.tryEmitEmpty();
		assertThat(this.connections.inFlight()).isZero();
	}

	@Test
	void drainClosesTheSessionAsGoingAwayAndTheApplicationCanSayGoodbyeOnItFirst() {
		this.handler.handle(this.session).subscribe();
		this.connections.drain();
		await().atMost(WAIT).until(() -> !this.closes.isEmpty());
		assertThat(this.closes).containsExactly(CloseStatus.GOING_AWAY);
		assertThat(this.events).singleElement()
			.satisfies((event) -> assertThat(event.getConnections()).singleElement().satisfies((connection) -> {
				assertThat(connection.kind()).isEqualTo(ConnectionKind.WEBSOCKET);
				assertThat(connection.path()).isEqualTo("/echo");
				assertThat(connection.handle()).isSameAs(this.session);
			}));
		// The session lasts as long as the handler's Mono.
		assertThat(this.connections.inFlight()).isOne();
		this.sessionEnds.tryEmitEmpty();
		assertThat(this.connections.inFlight()).isZero();
	}

	@Test
	void sessionOpenedWhileClosingIsClosedAtOnce() {
		this.connections.drain();
		this.handler.handle(this.session).subscribe();
		assertThat(this.closes).containsExactly(CloseStatus.GOING_AWAY);
	}

	@Test
	void subProtocolsAreTheApplicationHandlers() {
		WebSocketHandler stomp = new WebSocketHandler() {

			@Override
			public List<String> getSubProtocols() {
				return List.of("v12.stomp");
			}

			@Override
			public Mono<Void> handle(WebSocketSession session) {
				return Mono.empty();
			}

		};
		assertThat(new TrackedReactiveWebSocketHandler(stomp, this.connections).getSubProtocols())
			.containsExactly("v12.stomp");
	}

	private WebSocketSession session() {
		WebSocketSession session = mock(WebSocketSession.class);
		given(session.getHandshakeInfo()).willReturn(new HandshakeInfo(
				URI.create("ws://localhost:8080/echo?token=secret"), new HttpHeaders(), Mono.empty(), null));
		given(session.close(any(CloseStatus.class)))
			.willAnswer((invocation) -> Mono.fromRunnable(() -> this.closes.add(invocation.getArgument(0))));
		return session;
	}

}
