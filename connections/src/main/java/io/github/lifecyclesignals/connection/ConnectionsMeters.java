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

import io.github.lifecyclesignals.actuate.LifecycleMetrics;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * The long-lived connections' meter: {@code lifecycle.connections.open} by kind, read
 * when scraped.
 *
 * @author lifecycle-signals maintainers
 */
final class ConnectionsMeters implements MeterBinder {

	private final LongLivedConnections connections;

	ConnectionsMeters(LongLivedConnections connections) {
		this.connections = connections;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		for (ConnectionKind kind : ConnectionKind.values()) {
			Gauge.builder(LifecycleMetrics.CONNECTIONS_OPEN, this.connections, (open) -> open.count(kind))
				.tag("kind", kind.tag())
				.description("Long-lived connections open: event streams, WebSocket sessions")
				.baseUnit("connections")
				.register(registry);
		}
	}

}
