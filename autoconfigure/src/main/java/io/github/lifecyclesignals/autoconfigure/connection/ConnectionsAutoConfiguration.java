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

package io.github.lifecyclesignals.autoconfigure.connection;

import io.github.lifecyclesignals.autoconfigure.LifecycleProperties;
import io.github.lifecyclesignals.autoconfigure.drain.DrainAutoConfiguration;
import io.github.lifecyclesignals.connection.LongLivedConnections;
import io.github.lifecyclesignals.connection.TrackedEmittersPostProcessor;
import io.github.lifecyclesignals.connection.TrackedReactiveWebSocketsPostProcessor;
import io.github.lifecyclesignals.connection.TrackedStreamsWebFilter;
import io.github.lifecyclesignals.connection.TrackedWebSocketsPostProcessor;
import io.github.lifecyclesignals.drain.DrainSettings;
import io.github.lifecyclesignals.drain.InFlightRequests;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Auto-configuration of long-lived connection tracking: event streams and WebSocket
 * sessions on Spring MVC and WebFlux, closed politely by the drain.
 *
 * @author lifecycle-signals maintainers
 * @since 0.2.0
 */
@AutoConfiguration(after = DrainAutoConfiguration.class)
@ConditionalOnBooleanProperty(name = "lifecycle.enabled", matchIfMissing = true)
@ConditionalOnBooleanProperty(name = "lifecycle.drain.connections.enabled", matchIfMissing = true)
@ConditionalOnWebApplication
@ConditionalOnBean(DrainSettings.class)
public final class ConnectionsAutoConfiguration {

	@Bean
	LongLivedConnections longLivedConnections(LifecycleProperties properties, DrainSettings settings,
			ApplicationEventPublisher publisher) {
		return new LongLivedConnections(ConnectionsSpread.resolve(properties.getDrain(), settings.timeout()),
				publisher);
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnWebApplication(type = Type.SERVLET)
	@ConditionalOnClass(name = "org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter")
	static class ServletStreamsConfiguration {

		@Bean
		static TrackedEmittersPostProcessor trackedEmittersPostProcessor(
				ObjectProvider<LongLivedConnections> connections, ObjectProvider<InFlightRequests> requests) {
			return new TrackedEmittersPostProcessor(connections, requests);
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnWebApplication(type = Type.SERVLET)
	@ConditionalOnClass(name = "org.springframework.web.socket.server.support.WebSocketHandlerMapping")
	static class ServletWebSocketsConfiguration {

		@Bean
		static TrackedWebSocketsPostProcessor trackedWebSocketsPostProcessor(
				ObjectProvider<LongLivedConnections> connections) {
			return new TrackedWebSocketsPostProcessor(connections);
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnWebApplication(type = Type.REACTIVE)
	@ConditionalOnClass(name = "org.springframework.web.server.WebFilter")
	static class ReactiveConfiguration {

		@Bean
		TrackedStreamsWebFilter trackedStreamsWebFilter(LongLivedConnections connections, InFlightRequests requests) {
			return new TrackedStreamsWebFilter(connections, requests);
		}

		@Bean
		@ConditionalOnClass(name = "org.springframework.web.reactive.socket.WebSocketHandler")
		static TrackedReactiveWebSocketsPostProcessor trackedReactiveWebSocketsPostProcessor(
				ObjectProvider<LongLivedConnections> connections) {
			return new TrackedReactiveWebSocketsPostProcessor(connections);
		}

	}

}
