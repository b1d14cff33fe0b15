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

package io.github.lifecyclesignals.sample;

import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.github.lifecyclesignals.connection.ConnectionsClosingEvent;
import io.github.lifecyclesignals.connection.OpenConnection;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;
import org.springframework.web.socket.handler.TextWebSocketHandler;

/**
 * The accepted orders as they come: an event stream ({@code GET /feed}) and a WebSocket
 * ({@code /live}). Neither ends by itself; the starter closes both when a drain's
 * pre-stop delay ends, and this feed says goodbye first.
 *
 * @author lifecycle-signals maintainers
 */
@RestController
@Configuration(proxyBeanMethods = false)
@EnableWebSocket
class OrderFeed extends TextWebSocketHandler implements WebSocketConfigurer {

	private final Set<SseEmitter> streams = ConcurrentHashMap.newKeySet();

	private final Set<WebSocketSession> sessions = ConcurrentHashMap.newKeySet();

	@GetMapping("/feed")
	SseEmitter feed() throws IOException {
		SseEmitter emitter = new SseEmitter(0L);
		this.streams.add(emitter);
		emitter.onCompletion(() -> this.streams.remove(emitter));
		emitter.onError((ex) -> this.streams.remove(emitter));
		emitter.send(SseEmitter.event().name("hello").data("order feed open"));
		return emitter;
	}

	@Override
	public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
		registry.addHandler(this, "/live");
	}

	@Override
	public void afterConnectionEstablished(WebSocketSession session) throws IOException {
		this.sessions.add(session);
		session.sendMessage(new TextMessage("{\"event\":\"hello\"}"));
	}

	@Override
	public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
		this.sessions.remove(session);
	}

	void accepted(Order order) {
		Map<String, Object> event = Map.of("id", order.id(), "item", order.item(), "quantity", order.quantity());
		for (SseEmitter stream : this.streams) {
			try {
				stream.send(SseEmitter.event().name("order").data(event));
			}
			catch (IOException | IllegalStateException ex) {
				this.streams.remove(stream);
			}
		}
		String json = "{\"event\":\"order\",\"id\":\"" + order.id() + "\"}";
		for (WebSocketSession session : this.sessions) {
			try {
				synchronized (session) {
					session.sendMessage(new TextMessage(json));
				}
			}
			catch (IOException | IllegalStateException ex) {
				this.sessions.remove(session);
			}
		}
	}

	@EventListener
	void sayGoodbye(ConnectionsClosingEvent event) {
		for (OpenConnection connection : event.getConnections()) {
			if (connection.handle() instanceof SseEmitter stream) {
				try {
					stream.send(SseEmitter.event().name("shutdown").data("reconnect"));
				}
				catch (IOException | IllegalStateException ex) {
					// The client has left already.
				}
			}
		}
	}

}
