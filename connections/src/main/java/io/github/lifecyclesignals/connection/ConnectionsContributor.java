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

import io.github.lifecyclesignals.internal.LifecycleContributor;

/**
 * The long-lived connections' part of the read side.
 *
 * @author lifecycle-signals maintainers
 */
final class ConnectionsContributor implements LifecycleContributor<ConnectionsDescription> {

	private final LongLivedConnections connections;

	ConnectionsContributor(LongLivedConnections connections) {
		this.connections = connections;
	}

	@Override
	public String name() {
		return "connections";
	}

	@Override
	public Class<ConnectionsDescription> type() {
		return ConnectionsDescription.class;
	}

	@Override
	public ConnectionsDescription describe() {
		return this.connections.describe();
	}

	@Override
	public void summarizeTo(ConnectionsDescription connections, List<String> parts) {
		parts.add("streams=" + connections.streams());
		parts.add("webSockets=" + connections.webSockets());
	}

}
