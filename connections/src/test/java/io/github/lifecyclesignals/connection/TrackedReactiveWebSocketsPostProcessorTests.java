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

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.reactive.handler.SimpleUrlHandlerMapping;
import org.springframework.web.reactive.socket.WebSocketHandler;
import org.springframework.web.reactive.socket.WebSocketSession;
import org.springframework.web.server.WebHandler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;

/**
 * Tests for {@link TrackedReactiveWebSocketsPostProcessor}.
 */
class TrackedReactiveWebSocketsPostProcessorTests {

	private final LongLivedConnections connections = new LongLivedConnections(Duration.ZERO, (event) -> {
	});

	@SuppressWarnings("unchecked")
	private final ObjectProvider<LongLivedConnections> provider = mock(ObjectProvider.class);

	private final TrackedReactiveWebSocketsPostProcessor postProcessor = new TrackedReactiveWebSocketsPostProcessor(
			this.provider);

	private final WebSocketHandler echo = new WebSocketHandler() {

		@Override
		public List<String> getSubProtocols() {
			return List.of("echo.v1");
		}

		@Override
		public Mono<Void> handle(WebSocketSession session) {
			return Mono.never();
		}

	};

	TrackedReactiveWebSocketsPostProcessorTests() {
		given(this.provider.getObject()).willReturn(this.connections);
	}

	@Test
	void webSocketHandlersAreTrackedOncePerHandlerAndOtherHandlersKept() {
		WebHandler other = (exchange) -> Mono.empty();
		Map<String, Object> urls = new LinkedHashMap<>();
		urls.put("/echo", this.echo);
		urls.put("/echo/v2", this.echo);
		urls.put("/other", other);
		SimpleUrlHandlerMapping mapping = new SimpleUrlHandlerMapping(urls);
		assertThat(this.postProcessor.postProcessAfterInstantiation(mapping, "webSocketMapping")).isTrue();
		assertThat(mapping.getUrlMap()).containsOnlyKeys("/echo", "/echo/v2", "/other");
		assertThat(mapping.getUrlMap().get("/echo"))
			.isInstanceOfSatisfying(TrackedReactiveWebSocketHandler.class,
					(tracked) -> assertThat(tracked.getSubProtocols()).containsExactly("echo.v1"))
			.isSameAs(mapping.getUrlMap().get("/echo/v2"));
		assertThat(mapping.getUrlMap().get("/other")).isSameAs(other);
	}

	@Test
	void otherBeansAreLeftAloneAndCreateNothing() {
		assertThat(this.postProcessor.postProcessAfterInstantiation(new Object(), "bean")).isTrue();
		verifyNoInteractions(this.provider);
	}

	@Test
	void mappingWithoutWebSocketsCreatesNothing() {
		SimpleUrlHandlerMapping mapping = new SimpleUrlHandlerMapping(
				Map.of("/other", (WebHandler) (exchange) -> Mono.empty()));
		this.postProcessor.postProcessAfterInstantiation(mapping, "mapping");
		verifyNoInteractions(this.provider);
	}

}
