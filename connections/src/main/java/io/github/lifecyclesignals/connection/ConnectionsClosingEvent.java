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

import org.springframework.context.ApplicationEvent;

/**
 * Published when a drain is about to close the long-lived connections, on the thread that
 * closes them, so that the application can say goodbye first: send an
 * {@code event: shutdown} on its event streams, a last message on its WebSockets.
 * Listeners hold up the closing, not the drain's budget: keep them short.
 *
 * <pre class="code">
 * &#64;EventListener
 * void sayGoodbye(ConnectionsClosingEvent event) throws IOException {
 *     for (OpenConnection connection : event.getConnections()) {
 *         if (connection.handle() instanceof SseEmitter emitter) {
 *             emitter.send(SseEmitter.event().name("shutdown").data("reconnect"));
 *         }
 *     }
 * }
 * </pre>
 *
 * @author lifecycle-signals maintainers
 * @since 0.1.0
 */
public class ConnectionsClosingEvent extends ApplicationEvent {

	private final List<OpenConnection> connections;

	/**
	 * Creates the event.
	 * @param source the tracker
	 * @param connections the connections about to close, oldest first
	 */
	ConnectionsClosingEvent(LongLivedConnections source, List<OpenConnection> connections) {
		super(source);
		this.connections = List.copyOf(connections);
	}

	/**
	 * The connections about to close, oldest first.
	 * @return the connections
	 */
	public List<OpenConnection> getConnections() {
		return this.connections;
	}

}
