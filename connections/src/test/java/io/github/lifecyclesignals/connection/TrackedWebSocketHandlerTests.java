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
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;

import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.ExceptionWebSocketHandlerDecorator;
import org.springframework.web.socket.handler.LoggingWebSocketHandlerDecorator;
import org.springframework.web.socket.handler.WebSocketHandlerDecorator;
import org.springframework.web.socket.sockjs.frame.DefaultSockJsFrameFormat;
import org.springframework.web.socket.sockjs.transport.SockJsServiceConfig;
import org.springframework.web.socket.sockjs.transport.session.PollingSockJsSession;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willAnswer;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

/**
 * Tests for {@link TrackedWebSocketHandler}.
 */
class TrackedWebSocketHandlerTests {

	private static final Duration WAIT = Duration.ofSeconds(10);

	private final List<ConnectionsClosingEvent> events = new CopyOnWriteArrayList<>();

	private final LongLivedConnections connections = new LongLivedConnections(Duration.ZERO,
			(event) -> this.events.add((ConnectionsClosingEvent) event));

	private final WebSocketHandler delegate = mock(WebSocketHandler.class);

	private final TrackedWebSocketHandler handler = new TrackedWebSocketHandler(this.delegate, this.connections);

	@Test
	void sessionIsTrackedFromEstablishedUntilClosedAndTheApplicationHearsBoth() throws Exception {
		WebSocketSession session = session("1", "ws://localhost/ws?token=secret");
		this.handler.afterConnectionEstablished(session);
		verify(this.delegate).afterConnectionEstablished(session);
		assertThat(this.connections.count(ConnectionKind.WEBSOCKET)).isOne();
		assertThat(this.connections.count(ConnectionKind.STREAM)).isZero();
		this.handler.afterConnectionClosed(session, CloseStatus.NORMAL);
		verify(this.delegate).afterConnectionClosed(session, CloseStatus.NORMAL);
		assertThat(this.connections.inFlight()).isZero();
	}

	@Test
	void drainClosesTheSessionAsGoingAwayAndTheApplicationCanSayGoodbyeOnItFirst() throws Exception {
		WebSocketSession session = session("1", "ws://localhost/ws?token=secret");
		this.handler.afterConnectionEstablished(session);
		this.connections.drain();
		await().atMost(WAIT).untilAsserted(() -> verify(session).close(CloseStatus.GOING_AWAY));
		assertThat(this.events).singleElement()
			.satisfies((event) -> assertThat(event.getConnections()).singleElement().satisfies((connection) -> {
				assertThat(connection.kind()).isEqualTo(ConnectionKind.WEBSOCKET);
				assertThat(connection.path()).isEqualTo("/ws");
				assertThat(connection.handle()).isSameAs(session);
			}));
		// Closed once the server says so.
		assertThat(this.connections.inFlight()).isOne();
		this.handler.afterConnectionClosed(session, CloseStatus.GOING_AWAY);
		assertThat(this.connections.inFlight()).isZero();
	}

	@Test
	void sessionWhoseCloseReportsAtOnceIsDoneWhenTheDrainClosesIt() throws Exception {
		WebSocketSession session = session("1", "ws://localhost/ws");
		closesSynchronously(session);
		this.handler.afterConnectionEstablished(session);
		this.connections.drain();
		await().atMost(WAIT).until(() -> this.connections.inFlight() == 0);
		verify(this.delegate).afterConnectionClosed(session, CloseStatus.GOING_AWAY);
	}

	@Test
	void sessionWithoutAUriIsTrackedAtAPlaceholderPath() throws Exception {
		WebSocketSession session = session("1", null);
		this.handler.afterConnectionEstablished(session);
		this.connections.drain();
		await().atMost(WAIT).until(() -> !this.events.isEmpty());
		assertThat(this.events.get(0).getConnections()).extracting(OpenConnection::path).containsExactly("?");
	}

	@Test
	void sessionThatFailsToCloseStaysInFlightUntilTheServerReportsIt() throws Exception {
		WebSocketSession session = session("1", "ws://localhost/ws");
		willThrow(new IOException("broken pipe")).given(session).close(any(CloseStatus.class));
		this.handler.afterConnectionEstablished(session);
		this.connections.drain();
		await().atMost(WAIT).untilAsserted(() -> verify(session).close(CloseStatus.GOING_AWAY));
		assertThat(this.connections.inFlight()).isOne();
		this.handler.afterConnectionClosed(session, CloseStatus.SESSION_NOT_RELIABLE);
		assertThat(this.connections.inFlight()).isZero();
	}

	@Test
	void sessionsAreToldApartByTheirIds() throws Exception {
		WebSocketSession first = session("1", "ws://localhost/ws");
		WebSocketSession second = session("2", "ws://localhost/ws");
		this.handler.afterConnectionEstablished(first);
		this.handler.afterConnectionEstablished(second);
		assertThat(this.connections.count(ConnectionKind.WEBSOCKET)).isEqualTo(2);
		this.handler.afterConnectionClosed(second, CloseStatus.NORMAL);
		assertThat(this.connections.count(ConnectionKind.WEBSOCKET)).isOne();
		// Reported twice, as a server may on an error: nothing else changes.
		this.handler.afterConnectionClosed(second, CloseStatus.NORMAL);
		assertThat(this.connections.count(ConnectionKind.WEBSOCKET)).isOne();
		this.connections.drain();
		await().atMost(WAIT).untilAsserted(() -> verify(first).close(CloseStatus.GOING_AWAY));
		verify(second, never()).close(any(CloseStatus.class));
	}

	@Test
	void closeOfASessionNeverSeenOpenIsOnlyPassedOn() throws Exception {
		WebSocketSession session = session("1", "ws://localhost/ws");
		this.handler.afterConnectionClosed(session, CloseStatus.SERVER_ERROR);
		verify(this.delegate).afterConnectionClosed(session, CloseStatus.SERVER_ERROR);
		assertThat(this.connections.inFlight()).isZero();
	}

	@Test
	void everythingElseGoesStraightToTheApplicationsHandler() throws Exception {
		WebSocketSession session = session("1", "ws://localhost/ws");
		TextMessage message = new TextMessage("hello");
		this.handler.handleMessage(session, message);
		verify(this.delegate).handleMessage(session, message);
		assertThat(WebSocketHandlerDecorator.unwrap(this.handler)).isSameAs(this.delegate);
		assertThat(this.connections.inFlight()).isZero();
	}

	@Test
	void sessionOpenedWhileClosingIsClosedAtOnce() throws Exception {
		this.connections.drain();
		WebSocketSession session = session("1", "ws://localhost/ws");
		this.handler.afterConnectionEstablished(session);
		verify(session).close(CloseStatus.GOING_AWAY);
		this.handler.afterConnectionClosed(session, CloseStatus.GOING_AWAY);
		assertThat(this.connections.inFlight()).isZero();
	}

	@Test
	void sessionOpenedWhileClosingWhoseCloseReportsAtOnceIsNotLeftInFlight() throws Exception {
		this.connections.drain();
		WebSocketSession session = session("1", "ws://localhost/ws");
		closesSynchronously(session);
		this.handler.afterConnectionEstablished(session);
		verify(this.delegate).afterConnectionClosed(session, CloseStatus.GOING_AWAY);
		assertThat(this.connections.inFlight()).isZero();
	}

	@Test
	void sockJsSessionOpenedWhileClosingIsNotLeftInFlight() throws Exception {
		this.connections.drain();
		SockJsServiceConfig config = mock(SockJsServiceConfig.class);
		given(config.getHttpMessageCacheSize()).willReturn(100);
		PollingSockJsSession session = new PollingSockJsSession("1", config,
				new ExceptionWebSocketHandlerDecorator(new LoggingWebSocketHandlerDecorator(this.handler)),
				new HashMap<>());
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/sockjs/000/1/xhr");
		request.setAsyncSupported(true);
		MockHttpServletResponse response = new MockHttpServletResponse();
		session.handleInitialRequest(new ServletServerHttpRequest(request), new ServletServerHttpResponse(response),
				new DefaultSockJsFrameFormat("%s"));
		assertThat(session.isClosed()).isTrue();
		assertThat(response.getContentAsString()).contains("c[1001,");
		assertThat(this.connections.inFlight()).isZero();
	}

	private WebSocketSession session(String id, String uri) {
		WebSocketSession session = mock(WebSocketSession.class);
		given(session.getId()).willReturn(id);
		given(session.getUri()).willReturn((uri != null) ? URI.create(uri) : null);
		return session;
	}

	// As Tomcat's and SockJS's sessions do: the handler hears of the close before
	// close() returns.
	private void closesSynchronously(WebSocketSession session) throws IOException {
		willAnswer((invocation) -> {
			this.handler.afterConnectionClosed(session, invocation.getArgument(0));
			return null;
		}).given(session).close(any(CloseStatus.class));
	}

}
