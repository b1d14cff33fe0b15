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

import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.InstantiationAwareBeanPostProcessor;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.handler.ExceptionWebSocketHandlerDecorator;
import org.springframework.web.socket.handler.LoggingWebSocketHandlerDecorator;
import org.springframework.web.socket.server.support.WebSocketHandlerMapping;
import org.springframework.web.socket.server.support.WebSocketHttpRequestHandler;
import org.springframework.web.socket.sockjs.support.SockJsHttpRequestHandler;

/**
 * Wraps every handler of Spring's servlet-stack WebSocket mappings
 * ({@code @EnableWebSocket} and {@code @EnableWebSocketMessageBroker}) in a
 * {@link TrackedWebSocketHandler}. Done right after the mapping is instantiated, while
 * its URL map can still be changed: the mapping registers the map's handlers when it is
 * initialized, and nothing can replace them after that.
 *
 * @author lifecycle-signals maintainers
 * @since 0.1.0
 */
final class TrackedWebSocketsPostProcessor implements InstantiationAwareBeanPostProcessor {

	private final ObjectProvider<LongLivedConnections> connections;

	/**
	 * Creates the post-processor.
	 * @param connections the connections, looked up lazily
	 */
	TrackedWebSocketsPostProcessor(ObjectProvider<LongLivedConnections> connections) {
		this.connections = connections;
	}

	@Override
	public boolean postProcessAfterInstantiation(Object bean, String beanName) {
		if (bean instanceof WebSocketHandlerMapping mapping) {
			// One request handler may serve several paths: it is replaced by one.
			Map<Object, Object> replaced = new IdentityHashMap<>();
			Map<String, Object> urlMap = new LinkedHashMap<>();
			mapping.getUrlMap().forEach((path, handler) -> {
				Object tracked = replaced.computeIfAbsent(handler, this::tracked);
				if (tracked != handler) {
					urlMap.put(path, tracked);
				}
			});
			mapping.setUrlMap(urlMap);
		}
		return true;
	}

	private Object tracked(Object handler) {
		if (handler instanceof WebSocketHttpRequestHandler requestHandler) {
			WebSocketHttpRequestHandler tracked = new WebSocketHttpRequestHandler(
					track(requestHandler.getWebSocketHandler()), requestHandler.getHandshakeHandler());
			tracked.setHandshakeInterceptors(requestHandler.getHandshakeInterceptors());
			return tracked;
		}
		if (handler instanceof SockJsHttpRequestHandler sockJs) {
			return new SockJsHttpRequestHandler(sockJs.getSockJsService(), track(sockJs.getWebSocketHandler()));
		}
		return handler;
	}

	// The request handlers wrap the application's handler in these two decorators, and
	// the new request handler adds them again around the tracking one.
	private WebSocketHandler track(WebSocketHandler handler) {
		WebSocketHandler inner = handler;
		if (inner instanceof ExceptionWebSocketHandlerDecorator exception) {
			inner = exception.getDelegate();
		}
		if (inner instanceof LoggingWebSocketHandlerDecorator logging) {
			inner = logging.getDelegate();
		}
		return new TrackedWebSocketHandler(inner, this.connections.getObject());
	}

}
