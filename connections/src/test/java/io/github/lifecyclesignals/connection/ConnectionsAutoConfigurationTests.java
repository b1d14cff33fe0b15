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
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import io.github.lifecyclesignals.autoconfigure.LifecycleSignalsAutoConfiguration;
import io.github.lifecyclesignals.drain.DrainAutoConfiguration;
import io.github.lifecyclesignals.drain.RecordingProcessExit;
import io.github.lifecyclesignals.internal.SettingsCheck;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.ApplicationListener;
import org.springframework.web.reactive.handler.SimpleUrlHandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.handler.TextWebSocketHandler;
import org.springframework.web.socket.handler.WebSocketHandlerDecorator;
import org.springframework.web.socket.server.HandshakeHandler;
import org.springframework.web.socket.server.support.WebSocketHandlerMapping;
import org.springframework.web.socket.server.support.WebSocketHttpRequestHandler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.Mockito.mock;

/**
 * Tests for {@link ConnectionsAutoConfiguration}.
 */
class ConnectionsAutoConfigurationTests {

	private static final AutoConfigurations CONFIGURATIONS = AutoConfigurations
		.of(LifecycleSignalsAutoConfiguration.class, DrainAutoConfiguration.class, ConnectionsAutoConfiguration.class);

	private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
		.withConfiguration(CONFIGURATIONS)
		.withBean(RecordingProcessExit.class, RecordingProcessExit::new);

	private final ReactiveWebApplicationContextRunner reactiveRunner = new ReactiveWebApplicationContextRunner()
		.withConfiguration(CONFIGURATIONS)
		.withBean(RecordingProcessExit.class, RecordingProcessExit::new);

	@Test
	void servletApplicationTracksEmittersAndWebSockets() {
		this.runner.run((context) -> {
			assertThat(context).hasSingleBean(LongLivedConnections.class)
				.hasSingleBean(ConnectionsContributor.class)
				.hasSingleBean(ConnectionsMeters.class)
				.hasSingleBean(TrackedEmittersPostProcessor.class)
				.hasSingleBean(TrackedWebSocketsPostProcessor.class)
				.hasBean("lifecycleSignalsConnectionsSettingsCheck")
				.doesNotHaveBean(TrackedStreamsWebFilter.class)
				.doesNotHaveBean(TrackedReactiveWebSocketsPostProcessor.class);
			assertThat(context.getBean(LongLivedConnections.class).describe())
				.isEqualTo(new ConnectionsDescription(0, 0, false, 1500));
		});
	}

	@Test
	void reactiveApplicationTracksStreamsWithAWebFilterAndWebSockets() {
		this.reactiveRunner.run((context) -> assertThat(context).hasSingleBean(LongLivedConnections.class)
			.hasSingleBean(ConnectionsContributor.class)
			.hasSingleBean(ConnectionsMeters.class)
			.hasSingleBean(TrackedStreamsWebFilter.class)
			.hasSingleBean(TrackedReactiveWebSocketsPostProcessor.class)
			.doesNotHaveBean(TrackedEmittersPostProcessor.class)
			.doesNotHaveBean(TrackedWebSocketsPostProcessor.class));
	}

	@Test
	void applicationThatIsNoWebApplicationHasNoConnections() {
		new ApplicationContextRunner().withConfiguration(CONFIGURATIONS)
			.withBean(RecordingProcessExit.class, RecordingProcessExit::new)
			.run((context) -> assertThat(context).hasNotFailed()
				.doesNotHaveBean(LongLivedConnections.class)
				.doesNotHaveBean(ConnectionsContributor.class));
	}

	@Test
	void connectionsCanBeSwitchedOff() {
		this.runner.withPropertyValues("lifecycle.drain.connections.enabled=false")
			.run((context) -> assertThat(context).hasNotFailed()
				.doesNotHaveBean(LongLivedConnections.class)
				.doesNotHaveBean(ConnectionsContributor.class)
				.doesNotHaveBean(ConnectionsMeters.class)
				.doesNotHaveBean(TrackedEmittersPostProcessor.class)
				.doesNotHaveBean(TrackedWebSocketsPostProcessor.class)
				.doesNotHaveBean("lifecycleSignalsConnectionsSettingsCheck"));
		this.reactiveRunner.withPropertyValues("lifecycle.drain.connections.enabled=false")
			.run((context) -> assertThat(context).hasNotFailed()
				.doesNotHaveBean(TrackedStreamsWebFilter.class)
				.doesNotHaveBean(TrackedReactiveWebSocketsPostProcessor.class));
	}

	@Test
	void switchingTheLibraryOffSwitchesTheConnectionsOff() {
		this.runner.withPropertyValues("lifecycle.enabled=false")
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(LongLivedConnections.class));
	}

	@Test
	void withoutTheDrainThereIsNothingToCloseTheConnections() {
		new WebApplicationContextRunner()
			.withConfiguration(
					AutoConfigurations.of(LifecycleSignalsAutoConfiguration.class, ConnectionsAutoConfiguration.class))
			.run((context) -> assertThat(context).hasNotFailed()
				.doesNotHaveBean(LongLivedConnections.class)
				.doesNotHaveBean(TrackedEmittersPostProcessor.class));
	}

	@Test
	void configuredSpreadIsUsed() {
		this.runner.withPropertyValues("lifecycle.drain.connections.spread=250ms")
			.run((context) -> assertThat(context.getBean(LongLivedConnections.class).describe().spreadMillis())
				.isEqualTo(250));
	}

	@Test
	void defaultSpreadFollowsTheDrainsBudget() {
		this.runner.withPropertyValues("lifecycle.drain.timeout=10s")
			.run((context) -> assertThat(context.getBean(LongLivedConnections.class).describe().spreadMillis())
				.isEqualTo(500));
	}

	@Test
	void spreadNotShorterThanTheBudgetFailsStartup() {
		this.runner.withPropertyValues("lifecycle.drain.timeout=10s", "lifecycle.drain.connections.spread=10s")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.isInstanceOf(InvalidConfigurationPropertyValueException.class)
				.hasMessageContaining("lifecycle.drain.connections.spread"));
	}

	@Test
	void settingsCheckRejectsACandidateConfigurationWhoseSpreadIsOutsideItsBudget() {
		this.runner.run((context) -> {
			SettingsCheck check = context.getBean("lifecycleSignalsConnectionsSettingsCheck", SettingsCheck.class);
			check.check(new Binder(new MapConfigurationPropertySource(
					Map.of("lifecycle.drain.timeout", "10s", "lifecycle.drain.connections.spread", "1s"))));
			assertThatExceptionOfType(InvalidConfigurationPropertyValueException.class)
				.isThrownBy(() -> check.check(new Binder(new MapConfigurationPropertySource(
						Map.of("lifecycle.drain.timeout", "10s", "lifecycle.drain.connections.spread", "11s")))))
				.satisfies((ex) -> assertThat(ex.getName()).isEqualTo("lifecycle.drain.connections.spread"));
		});
	}

	@Test
	void withoutMicrometerThereAreNoMeters() {
		this.runner.withClassLoader(new FilteredClassLoader(MeterRegistry.class))
			.run((context) -> assertThat(context).hasSingleBean(LongLivedConnections.class)
				.doesNotHaveBean(ConnectionsMeters.class));
	}

	@Test
	void withoutSpringMvcOnlyWebSocketsAreTracked() {
		this.runner.withClassLoader(new FilteredClassLoader(RequestMappingHandlerAdapter.class))
			.run((context) -> assertThat(context).hasSingleBean(LongLivedConnections.class)
				.doesNotHaveBean(TrackedEmittersPostProcessor.class)
				.hasSingleBean(TrackedWebSocketsPostProcessor.class));
	}

	@Test
	void withoutServletWebSocketsOnlyEmittersAreTracked() {
		this.runner.withClassLoader(new FilteredClassLoader(WebSocketHandlerMapping.class))
			.run((context) -> assertThat(context).hasSingleBean(TrackedEmittersPostProcessor.class)
				.doesNotHaveBean(TrackedWebSocketsPostProcessor.class));
	}

	@Test
	void withoutReactiveWebSocketsOnlyStreamsAreTracked() {
		this.reactiveRunner
			.withClassLoader(new FilteredClassLoader(org.springframework.web.reactive.socket.WebSocketHandler.class))
			.run((context) -> assertThat(context).hasSingleBean(TrackedStreamsWebFilter.class)
				.doesNotHaveBean(TrackedReactiveWebSocketsPostProcessor.class));
	}

	@Test
	void springMvcEmittersAndWebSocketMappingsOfTheApplicationAreTracked() {
		this.runner.withBean(RequestMappingHandlerAdapter.class, RequestMappingHandlerAdapter::new)
			.withBean("webSocketHandlerMapping", WebSocketHandlerMapping.class, () -> {
				WebSocketHandlerMapping mapping = new WebSocketHandlerMapping();
				mapping.setUrlMap(Map.of("/ws",
						new WebSocketHttpRequestHandler(new TextWebSocketHandler(), mock(HandshakeHandler.class))));
				return mapping;
			})
			.run((context) -> {
				assertThat(context.getBean(RequestMappingHandlerAdapter.class).getReturnValueHandlers())
					.hasAtLeastOneElementOfType(TrackedEmitters.class);
				Object handler = context.getBean(WebSocketHandlerMapping.class).getHandlerMap().get("/ws");
				assertThat(handler).isInstanceOfSatisfying(WebSocketHttpRequestHandler.class,
						(requestHandler) -> assertThat(tracking(requestHandler.getWebSocketHandler()))
							.isInstanceOf(TrackedWebSocketHandler.class));
			});
	}

	@Test
	void webFluxWebSocketMappingsOfTheApplicationAreTracked() {
		// The mapping registers its handlers under path patterns: the one it serves is
		// the tracked one.
		this.reactiveRunner
			.withBean("webSocketMapping", SimpleUrlHandlerMapping.class,
					() -> new SimpleUrlHandlerMapping(Map.of("/echo",
							(org.springframework.web.reactive.socket.WebSocketHandler) (session) -> Mono.empty()), -1))
			.run((context) -> assertThat(context.getBean(SimpleUrlHandlerMapping.class).getHandlerMap().values())
				.singleElement()
				.isInstanceOf(TrackedReactiveWebSocketHandler.class));
	}

	@Test
	void closingTheApplicationClosesItsConnectionsAfterTellingTheApplication() {
		List<String> seen = new CopyOnWriteArrayList<>();
		this.runner
			.withBean("goodbye", ApplicationListener.class,
					() -> (ApplicationListener<ConnectionsClosingEvent>) (event) -> event.getConnections()
						.forEach((connection) -> seen.add("goodbye " + connection.path())))
			.run((context) -> {
				LongLivedConnections connections = context.getBean(LongLivedConnections.class);
				OpenConnection[] connection = new OpenConnection[1];
				connection[0] = connections.opened(ConnectionKind.STREAM, "/events", new Object(), () -> {
					seen.add("closed");
					connection[0].closed();
				});
				context.close();
				assertThat(seen).containsExactly("goodbye /events", "closed");
				assertThat(connections.inFlight()).isZero();
			});
	}

	// The handler the request handler's decorators wrap.
	private static WebSocketHandler tracking(WebSocketHandler handler) {
		WebSocketHandler current = handler;
		while (current instanceof WebSocketHandlerDecorator decorator
				&& !(current instanceof TrackedWebSocketHandler)) {
			current = decorator.getDelegate();
		}
		return current;
	}

}
