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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ConnectionsContributor}.
 */
class ConnectionsContributorTests {

	private final LongLivedConnections connections = new LongLivedConnections(Duration.ofMillis(750), (event) -> {
	});

	private final ConnectionsContributor contributor = new ConnectionsContributor(this.connections);

	@Test
	void contributesTheConnectionsUnderTheirName() {
		assertThat(this.contributor.name()).isEqualTo("connections");
		assertThat(this.contributor.type()).isEqualTo(ConnectionsDescription.class);
		assertThat(this.contributor.activity()).isNull();
	}

	@Test
	void describesTheConnectionsAsTheyAreNow() {
		assertThat(this.contributor.describe()).isEqualTo(new ConnectionsDescription(0, 0, false, 750));
		OpenConnection stream = this.connections.opened(ConnectionKind.STREAM, "/events", new Object(), () -> {
		});
		this.connections.opened(ConnectionKind.WEBSOCKET, "/ws", new Object(), () -> {
		});
		assertThat(this.contributor.describe()).isEqualTo(new ConnectionsDescription(1, 1, false, 750));
		stream.closed();
		assertThat(this.contributor.describe()).isEqualTo(new ConnectionsDescription(0, 1, false, 750));
	}

	@Test
	void endpointShowsTheDescriptionUnderConnections() {
		ConnectionsDescription description = new ConnectionsDescription(2, 3, true, 100);
		Map<String, @Nullable Object> entries = new LinkedHashMap<>();
		this.contributor.describeTo(description, entries);
		assertThat(entries).containsExactly(Map.entry("connections", description));
	}

	@Test
	void stateLineShowsTheCountsOfTheGivenDescription() {
		List<String> parts = new ArrayList<>(List.of("phase=RUNNING"));
		this.contributor.summarizeTo(new ConnectionsDescription(2, 3, true, 100), parts);
		assertThat(parts).containsExactly("phase=RUNNING", "streams=2", "webSockets=3");
	}

}
