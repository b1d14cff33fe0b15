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

package io.github.lifecyclesignals.streamsapp;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.lifecyclesignals.connection.ConnectionsClosingEvent;
import io.github.lifecyclesignals.connection.OpenConnection;
import io.github.lifecyclesignals.drain.DrainParticipant;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.messaging.simp.config.MessageBrokerRegistry;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.reactive.HandlerMapping;
import org.springframework.web.reactive.handler.SimpleUrlHandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.EnableWebSocketMessageBroker;
import org.springframework.web.socket.config.annotation.StompEndpointRegistry;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;
import org.springframework.web.socket.config.annotation.WebSocketMessageBrokerConfigurer;
import org.springframework.web.socket.handler.TextWebSocketHandler;

/**
 * Holds what real services hold: an event stream that never ends by itself
 * ({@code /events}), a short one that has ended when it is returned ({@code /news}), a
 * WebSocket echo ({@code /ws}), a STOMP endpoint ({@code /stomp}, servlet stacks), a slow
 * ordinary request ({@code /slow}) and, with {@code demo.participant=finishes|never}, a
 * drain participant with one job. Spring MVC on Tomcat or Jetty, WebFlux on Reactor
 * Netty, chosen by the class path and {@code spring.main.web-application-type}. Before
 * its connections close, it sends every stream an {@code event: shutdown}.
 */
@SpringBootApplication
public class StreamsApplication {

	private static final Log logger = LogFactory.getLog(StreamsApplication.class);

	public static void main(String[] args) {
		SpringApplication.run(StreamsApplication.class, args);
	}

	@Bean
	@ConditionalOnProperty("demo.participant")
	DrainParticipant batchJob(Environment environment) {
		boolean finishes = "finishes".equals(environment.getProperty("demo.participant"));
		return new BatchJob(finishes);
	}

	static void sleep(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * One job: on drain it finishes two seconds later, or never.
	 */
	static final class BatchJob implements DrainParticipant {

		private final boolean finishes;

		private final AtomicInteger running = new AtomicInteger(1);

		BatchJob(boolean finishes) {
			this.finishes = finishes;
		}

		@Override
		public void drain() {
			logger.info("Batch job told to drain");
			if (this.finishes) {
				Thread thread = new Thread(() -> {
					sleep(Duration.ofSeconds(2));
					// Said before it is true for the participant, so that the line's time
					// comes before the drain sees the job done.
					logger.info("Batch job finished its last job");
					this.running.set(0);
				});
				thread.start();
			}
		}

		@Override
		public int inFlight() {
			return this.running.get();
		}

		@Override
		public String describeInFlight() {
			return this.running.get() + " job(s)";
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnWebApplication(type = Type.SERVLET)
	@EnableWebSocket
	static class ServletEndpoints implements WebSocketConfigurer {

		@Override
		public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
			registry.addHandler(new EchoHandler(), "/ws");
		}

		@EventListener
		void sayGoodbye(ConnectionsClosingEvent event) {
			for (OpenConnection connection : event.getConnections()) {
				if (connection.handle() instanceof SseEmitter emitter) {
					try {
						emitter.send(SseEmitter.event().name("shutdown").data("reconnect elsewhere"));
					}
					catch (IOException ex) {
						// The client left.
					}
				}
			}
		}

		// Scanned on its own: the condition of the enclosing class does not reach it.
		@RestController
		@ConditionalOnWebApplication(type = Type.SERVLET)
		static class ServletController {

			@GetMapping("/events")
			SseEmitter events() throws IOException {
				SseEmitter emitter = new SseEmitter(0L);
				emitter.send(SseEmitter.event().name("hello").data("stream open"));
				logger.info("Stream opened");
				return emitter;
			}

			// A short stream, sent and completed before it is returned, as a controller
			// that has everything at hand writes it.
			@GetMapping("/news")
			SseEmitter news() throws IOException {
				SseEmitter emitter = new SseEmitter(0L);
				emitter.send(SseEmitter.event().name("news").data("all of it"));
				emitter.complete();
				return emitter;
			}

			@GetMapping("/slow")
			String slow(@RequestParam long millis) {
				logger.info("Slow request for " + millis + "ms");
				sleep(Duration.ofMillis(millis));
				return "done after " + millis + "ms";
			}

		}

		static class EchoHandler extends TextWebSocketHandler {

			@Override
			public void afterConnectionEstablished(WebSocketSession session) throws IOException {
				session.sendMessage(new TextMessage("welcome"));
				logger.info("WebSocket opened");
			}

			@Override
			protected void handleTextMessage(WebSocketSession session, TextMessage message) throws IOException {
				session.sendMessage(new TextMessage("echo " + message.getPayload()));
			}

		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnWebApplication(type = Type.SERVLET)
	@EnableWebSocketMessageBroker
	static class StompEndpoint implements WebSocketMessageBrokerConfigurer {

		@Override
		public void registerStompEndpoints(StompEndpointRegistry registry) {
			registry.addEndpoint("/stomp");
		}

		@Override
		public void configureMessageBroker(MessageBrokerRegistry registry) {
			registry.enableSimpleBroker("/topic");
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnWebApplication(type = Type.REACTIVE)
	static class ReactiveEndpoints {

		@Bean
		HandlerMapping webSocketMapping() {
			org.springframework.web.reactive.socket.WebSocketHandler echo = (session) -> {
				logger.info("WebSocket opened");
				return session.send(Flux.concat(Mono.just(session.textMessage("welcome")),
						session.receive().map((message) -> session.textMessage("echo " + message.getPayloadAsText()))));
			};
			return new SimpleUrlHandlerMapping(Map.of("/ws", echo), -1);
		}

		@Bean
		Goodbye goodbye() {
			return new Goodbye();
		}

	}

	/**
	 * Says goodbye on every WebFlux stream before the drain closes them.
	 */
	static final class Goodbye {

		private final Sinks.Many<ServerSentEvent<String>> events = Sinks.many().multicast().directBestEffort();

		@EventListener
		void sayGoodbye(ConnectionsClosingEvent event) {
			this.events.tryEmitNext(ServerSentEvent.builder("reconnect elsewhere").event("shutdown").build());
		}

	}

	@RestController
	@ConditionalOnWebApplication(type = Type.REACTIVE)
	static class ReactiveController {

		private final Goodbye goodbye;

		ReactiveController(Goodbye goodbye) {
			this.goodbye = goodbye;
		}

		@GetMapping(path = "/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
		Flux<ServerSentEvent<String>> events() {
			logger.info("Stream opened");
			return Flux.concat(Mono.just(ServerSentEvent.builder("stream open").event("hello").build()),
					this.goodbye.events.asFlux());
		}

		@GetMapping(path = "/news", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
		Flux<ServerSentEvent<String>> news() {
			return Flux.just(ServerSentEvent.builder("all of it").event("news").build());
		}

		@GetMapping("/slow")
		Mono<String> slow(@RequestParam long millis) {
			logger.info("Slow request for " + millis + "ms");
			return Mono.delay(Duration.ofMillis(millis)).map((tick) -> "done after " + millis + "ms");
		}

	}

}
