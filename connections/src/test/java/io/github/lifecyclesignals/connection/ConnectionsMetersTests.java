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

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ConnectionsMeters}.
 */
class ConnectionsMetersTests {

	private final LongLivedConnections connections = new LongLivedConnections(Duration.ZERO, (event) -> {
	});

	private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

	@Test
	void oneGaugePerKindWithADescriptionAndBaseUnit() {
		new ConnectionsMeters(this.connections).bindTo(this.registry);
		assertThat(this.registry.find("lifecycle.connections.open").gauges()).hasSize(2)
			.extracting((gauge) -> gauge.getId().getTag("kind"))
			.containsExactlyInAnyOrder("stream", "websocket");
		assertThat(this.registry.getMeters()).extracting(Meter::getId).allSatisfy((id) -> {
			assertThat(id.getName()).isEqualTo("lifecycle.connections.open");
			assertThat(id.getDescription()).isNotBlank();
			assertThat(id.getBaseUnit()).isEqualTo("connections");
			assertThat(id.getType()).isEqualTo(Meter.Type.GAUGE);
		});
	}

	@Test
	void gaugesReadTheOpenConnectionsWhenScraped() {
		new ConnectionsMeters(this.connections).bindTo(this.registry);
		assertThat(open("stream")).isZero();
		assertThat(open("websocket")).isZero();
		OpenConnection stream = this.connections.opened(ConnectionKind.STREAM, "/events", new Object(), () -> {
		});
		this.connections.opened(ConnectionKind.WEBSOCKET, "/ws", new Object(), () -> {
		});
		this.connections.opened(ConnectionKind.WEBSOCKET, "/ws", new Object(), () -> {
		});
		assertThat(open("stream")).isOne();
		assertThat(open("websocket")).isEqualTo(2);
		stream.closed();
		assertThat(open("stream")).isZero();
		assertThat(open("websocket")).isEqualTo(2);
	}

	private double open(String kind) {
		Gauge gauge = this.registry.get("lifecycle.connections.open").tag("kind", kind).gauge();
		return gauge.value();
	}

}
