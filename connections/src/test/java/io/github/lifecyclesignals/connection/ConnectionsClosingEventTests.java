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
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link ConnectionsClosingEvent}.
 */
class ConnectionsClosingEventTests {

	private final LongLivedConnections tracker = new LongLivedConnections(Duration.ZERO, (event) -> {
	});

	@Test
	void carriesTheTrackerAndTheConnectionsInTheirOrder() {
		OpenConnection stream = this.tracker.opened(ConnectionKind.STREAM, "/events", new Object(), () -> {
		});
		OpenConnection webSocket = this.tracker.opened(ConnectionKind.WEBSOCKET, "/ws", new Object(), () -> {
		});
		ConnectionsClosingEvent event = new ConnectionsClosingEvent(this.tracker, List.of(webSocket, stream));
		assertThat(event.getSource()).isSameAs(this.tracker);
		assertThat(event.getConnections()).containsExactly(webSocket, stream);
	}

	@Test
	void connectionsAreACopyThatListenersCannotChange() {
		OpenConnection stream = this.tracker.opened(ConnectionKind.STREAM, "/events", new Object(), () -> {
		});
		List<OpenConnection> connections = new ArrayList<>(List.of(stream));
		ConnectionsClosingEvent event = new ConnectionsClosingEvent(this.tracker, connections);
		connections.clear();
		assertThat(event.getConnections()).containsExactly(stream);
		assertThatExceptionOfType(UnsupportedOperationException.class).isThrownBy(() -> event.getConnections().clear());
	}

}
