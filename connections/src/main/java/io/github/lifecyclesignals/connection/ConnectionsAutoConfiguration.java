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

import io.github.lifecyclesignals.drain.DrainAutoConfiguration;
import io.github.lifecyclesignals.drain.DrainProperties;
import io.github.lifecyclesignals.internal.DrainInProgress;
import io.github.lifecyclesignals.internal.RuntimeTypes;
import io.github.lifecyclesignals.internal.SettingsCheck;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Auto-configuration of long-lived connection tracking: event streams and WebSocket
 * sessions on Spring MVC and WebFlux, closed politely by the drain.
 *
 * @author lifecycle-signals maintainers
 * @since 0.1.0
 */
@AutoConfiguration(after = DrainAutoConfiguration.class)
@ConditionalOnBooleanProperty(name = "lifecycle.enabled", matchIfMissing = true)
@ConditionalOnBooleanProperty(name = "lifecycle.drain.connections.enabled", matchIfMissing = true)
@ConditionalOnWebApplication
@ConditionalOnBean(DrainInProgress.class)
@EnableConfigurationProperties(ConnectionsProperties.class)
public final class ConnectionsAutoConfiguration {

	@Bean
	LongLivedConnections lifecycleSignalsConnections(ConnectionsProperties properties, DrainProperties drain,
			ApplicationEventPublisher publisher) {
		return new LongLivedConnections(ConnectionsSpread.resolve(properties, drain), publisher);
	}

	@Bean
	SettingsCheck lifecycleSignalsConnectionsSettingsCheck() {
		return ConnectionsSpread::resolve;
	}

	@Bean
	ConnectionsContributor lifecycleSignalsConnectionsContributor(LongLivedConnections connections) {
		return new ConnectionsContributor(connections);
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnWebApplication(type = Type.SERVLET)
	@ConditionalOnClass(name = RuntimeTypes.SPRING_MVC)
	static class ServletStreamsConfiguration {

		@Bean
		static TrackedEmittersPostProcessor lifecycleSignalsTrackedEmittersPostProcessor(
				ObjectProvider<LongLivedConnections> connections) {
			return new TrackedEmittersPostProcessor(connections);
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnWebApplication(type = Type.SERVLET)
	@ConditionalOnClass(name = RuntimeTypes.SERVLET_WEBSOCKETS)
	static class ServletWebSocketsConfiguration {

		@Bean
		static TrackedWebSocketsPostProcessor lifecycleSignalsTrackedWebSocketsPostProcessor(
				ObjectProvider<LongLivedConnections> connections) {
			return new TrackedWebSocketsPostProcessor(connections);
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnWebApplication(type = Type.REACTIVE)
	@ConditionalOnClass(name = RuntimeTypes.WEBFLUX)
	static class ReactiveConfiguration {

		@Bean
		TrackedStreamsWebFilter lifecycleSignalsTrackedStreamsWebFilter(LongLivedConnections connections) {
			return new TrackedStreamsWebFilter(connections);
		}

		@Bean
		@ConditionalOnClass(name = RuntimeTypes.REACTIVE_WEBSOCKETS)
		static TrackedReactiveWebSocketsPostProcessor lifecycleSignalsTrackedReactiveWebSocketsPostProcessor(
				ObjectProvider<LongLivedConnections> connections) {
			return new TrackedReactiveWebSocketsPostProcessor(connections);
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(MeterRegistry.class)
	static class ConnectionsMetersConfiguration {

		@Bean
		ConnectionsMeters lifecycleSignalsConnectionsMeters(LongLivedConnections connections) {
			return new ConnectionsMeters(connections);
		}

	}

}
