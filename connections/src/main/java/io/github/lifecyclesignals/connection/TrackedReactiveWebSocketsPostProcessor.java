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
import org.springframework.web.reactive.handler.SimpleUrlHandlerMapping;
import org.springframework.web.reactive.socket.WebSocketHandler;

/**
 * Wraps the WebSocket handlers of WebFlux URL mappings (the documented way to map them: a
 * {@link SimpleUrlHandlerMapping} bean) in a {@link TrackedReactiveWebSocketHandler},
 * right after the mapping is instantiated, before it registers its handlers.
 *
 * @author lifecycle-signals maintainers
 * @since 0.1.0
 */
final class TrackedReactiveWebSocketsPostProcessor implements InstantiationAwareBeanPostProcessor {

	private final ObjectProvider<LongLivedConnections> connections;

	/**
	 * Creates the post-processor.
	 * @param connections the connections, looked up lazily
	 */
	TrackedReactiveWebSocketsPostProcessor(ObjectProvider<LongLivedConnections> connections) {
		this.connections = connections;
	}

	@Override
	public boolean postProcessAfterInstantiation(Object bean, String beanName) {
		if (bean instanceof SimpleUrlHandlerMapping mapping) {
			Map<Object, Object> replaced = new IdentityHashMap<>();
			Map<String, Object> urlMap = new LinkedHashMap<>();
			mapping.getUrlMap().forEach((path, handler) -> {
				if (handler instanceof WebSocketHandler webSocketHandler) {
					urlMap.put(path,
							replaced.computeIfAbsent(handler,
									(key) -> new TrackedReactiveWebSocketHandler(webSocketHandler,
											this.connections.getObject())));
				}
			});
			mapping.setUrlMap(urlMap);
		}
		return true;
	}

}
