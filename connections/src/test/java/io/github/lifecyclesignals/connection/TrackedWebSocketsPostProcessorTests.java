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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.HttpRequestHandler;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.ExceptionWebSocketHandlerDecorator;
import org.springframework.web.socket.handler.LoggingWebSocketHandlerDecorator;
import org.springframework.web.socket.handler.TextWebSocketHandler;
import org.springframework.web.socket.handler.WebSocketHandlerDecorator;
import org.springframework.web.socket.server.HandshakeHandler;
import org.springframework.web.socket.server.HandshakeInterceptor;
import org.springframework.web.socket.server.support.WebSocketHandlerMapping;
import org.springframework.web.socket.server.support.WebSocketHttpRequestHandler;
import org.springframework.web.socket.sockjs.SockJsService;
import org.springframework.web.socket.sockjs.support.SockJsHttpRequestHandler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;

/**
 * Tests for {@link TrackedWebSocketsPostProcessor}.
 */
class TrackedWebSocketsPostProcessorTests {

	private final LongLivedConnections connections = new LongLivedConnections(Duration.ZERO, (event) -> {
	});

	@SuppressWarnings("unchecked")
	private final ObjectProvider<LongLivedConnections> provider = mock(ObjectProvider.class);

	private final TrackedWebSocketsPostProcessor postProcessor = new TrackedWebSocketsPostProcessor(this.provider);

	private final WebSocketHandler application = new TextWebSocketHandler();

	private final HandshakeHandler handshakeHandler = mock(HandshakeHandler.class);

	private final HandshakeInterceptor interceptor = mock(HandshakeInterceptor.class);

	TrackedWebSocketsPostProcessorTests() {
		given(this.provider.getObject()).willReturn(this.connections);
	}

	@Test
	void webSocketHandlerIsTrackedKeepingItsHandshakeAndInterceptors() throws Exception {
		WebSocketHttpRequestHandler original = new WebSocketHttpRequestHandler(this.application, this.handshakeHandler);
		original.setHandshakeInterceptors(List.of(this.interceptor));
		WebSocketHandlerMapping mapping = mapping(Map.of("/ws", original));
		assertThat(this.postProcessor.postProcessAfterInstantiation(mapping, "webSocketHandlerMapping")).isTrue();
		assertThat(mapping.getUrlMap().get("/ws")).isInstanceOfSatisfying(WebSocketHttpRequestHandler.class,
				(tracked) -> {
					assertThat(tracked).isNotSameAs(original);
					assertThat(tracked.getHandshakeHandler()).isSameAs(this.handshakeHandler);
					assertThat(tracked.getHandshakeInterceptors()).containsExactly(this.interceptor);
					assertTrackedOnce(tracked.getWebSocketHandler());
				});
	}

	@Test
	void sockJsHandlerIsTrackedKeepingItsService() throws Exception {
		SockJsService service = mock(SockJsService.class);
		WebSocketHandlerMapping mapping = mapping(
				Map.of("/sockjs/**", new SockJsHttpRequestHandler(service, this.application)));
		this.postProcessor.postProcessAfterInstantiation(mapping, "webSocketHandlerMapping");
		assertThat(mapping.getUrlMap().get("/sockjs/**")).isInstanceOfSatisfying(SockJsHttpRequestHandler.class,
				(tracked) -> {
					assertThat(tracked.getSockJsService()).isSameAs(service);
					assertTrackedOnce(tracked.getWebSocketHandler());
				});
	}

	@Test
	void requestHandlerServingSeveralPathsIsReplacedByOne() {
		WebSocketHttpRequestHandler original = new WebSocketHttpRequestHandler(this.application, this.handshakeHandler);
		Map<String, Object> urls = new LinkedHashMap<>();
		urls.put("/ws", original);
		urls.put("/ws/v2", original);
		WebSocketHandlerMapping mapping = mapping(urls);
		this.postProcessor.postProcessAfterInstantiation(mapping, "webSocketHandlerMapping");
		assertThat(mapping.getUrlMap().get("/ws")).isNotSameAs(original).isSameAs(mapping.getUrlMap().get("/ws/v2"));
	}

	@Test
	void handlersThatAreNoWebSocketsAreKept() {
		HttpRequestHandler other = (request, response) -> {
		};
		Map<String, Object> urls = new LinkedHashMap<>();
		urls.put("/other", other);
		urls.put("/ws", new WebSocketHttpRequestHandler(this.application, this.handshakeHandler));
		WebSocketHandlerMapping mapping = mapping(urls);
		this.postProcessor.postProcessAfterInstantiation(mapping, "webSocketHandlerMapping");
		assertThat(mapping.getUrlMap()).containsOnlyKeys("/other", "/ws");
		assertThat(mapping.getUrlMap().get("/other")).isSameAs(other);
	}

	@Test
	void sessionsOfTheReplacedHandlerAreTracked() throws Exception {
		WebSocketHandlerMapping mapping = mapping(
				Map.of("/ws", new WebSocketHttpRequestHandler(this.application, this.handshakeHandler)));
		this.postProcessor.postProcessAfterInstantiation(mapping, "webSocketHandlerMapping");
		WebSocketHandler handler = ((WebSocketHttpRequestHandler) mapping.getUrlMap().get("/ws")).getWebSocketHandler();
		WebSocketSession session = mock(WebSocketSession.class);
		given(session.getId()).willReturn("1");
		given(session.getUri()).willReturn(URI.create("ws://localhost/ws"));
		handler.afterConnectionEstablished(session);
		assertThat(this.connections.count(ConnectionKind.WEBSOCKET)).isOne();
	}

	@Test
	void otherBeansAreLeftAloneAndCreateNothing() {
		assertThat(this.postProcessor.postProcessAfterInstantiation(new Object(), "bean")).isTrue();
		verifyNoInteractions(this.provider);
	}

	// The request handler's own decorators, then the tracking, then the application's
	// handler: nothing decorated twice.
	private void assertTrackedOnce(WebSocketHandler handler) {
		assertThat(handler).isInstanceOf(ExceptionWebSocketHandlerDecorator.class);
		WebSocketHandler logging = ((WebSocketHandlerDecorator) handler).getDelegate();
		assertThat(logging).isInstanceOf(LoggingWebSocketHandlerDecorator.class);
		WebSocketHandler tracked = ((WebSocketHandlerDecorator) logging).getDelegate();
		assertThat(tracked).isInstanceOf(TrackedWebSocketHandler.class);
		assertThat(((WebSocketHandlerDecorator) tracked).getDelegate()).isSameAs(this.application);
	}

	private static WebSocketHandlerMapping mapping(Map<String, Object> urls) {
		WebSocketHandlerMapping mapping = new WebSocketHandlerMapping();
		mapping.setUrlMap(urls);
		return mapping;
	}

}
