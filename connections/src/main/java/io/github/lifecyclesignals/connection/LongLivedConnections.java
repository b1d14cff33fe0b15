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
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;

import io.github.lifecyclesignals.drain.DrainParticipant;
import io.github.lifecyclesignals.internal.Durations;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;

/**
 * The open event streams and WebSocket sessions, tracked apart from requests: they do not
 * end by themselves, so a drain that waited for them would wait for its whole budget. As
 * a {@link DrainParticipant} it closes them when the pre-stop delay ends, one after
 * another over a short window, each the polite way (the stream's response completes, the
 * WebSocket gets a 1001 close frame), and is done when every one has closed.
 *
 * @author lifecycle-signals maintainers
 * @since 0.1.0
 */
final class LongLivedConnections implements DrainParticipant {

	/** The participant's name in the endpoint and the log. */
	public static final String NAME = "connections";

	private static final Log logger = LogFactory.getLog(LongLivedConnections.class);

	private final Set<OpenConnection> open = ConcurrentHashMap.newKeySet();

	private final Duration spread;

	private final ApplicationEventPublisher publisher;

	private volatile boolean closing;

	/**
	 * Creates the tracker.
	 * @param spread the window over which a drain closes the connections
	 * @param publisher publishes {@link ConnectionsClosingEvent} before they close
	 */
	LongLivedConnections(Duration spread, ApplicationEventPublisher publisher) {
		this.spread = spread;
		this.publisher = publisher;
	}

	/**
	 * Records a connection that has opened. One that opens once the drain has started
	 * closing them is closed at once.
	 * @param kind its kind
	 * @param path the path the client asked for
	 * @param handle what the application holds it by (see
	 * {@link OpenConnection#handle()})
	 * @param closer closes it politely
	 * @return the connection, to be told when it has {@link OpenConnection#closed()
	 * closed}
	 */
	OpenConnection opened(ConnectionKind kind, String path, Object handle, Runnable closer) {
		OpenConnection[] self = new OpenConnection[1];
		OpenConnection connection = new OpenConnection(kind, path, handle, closer, () -> this.open.remove(self[0]));
		self[0] = connection;
		this.open.add(connection);
		if (this.closing) {
			connection.close();
		}
		return connection;
	}

	@Override
	public void drain() {
		if (this.closing) {
			return;
		}
		this.closing = true;
		Thread thread = new Thread(this::closeAll, "lifecycle-connections");
		thread.setDaemon(true);
		thread.start();
	}

	private void closeAll() {
		List<OpenConnection> connections = this.open.stream()
			.sorted(Comparator.comparing(OpenConnection::age).reversed())
			.toList();
		if (connections.isEmpty()) {
			return;
		}
		try {
			this.publisher.publishEvent(new ConnectionsClosingEvent(this, connections));
		}
		catch (RuntimeException ex) {
			logger.warn("A listener of the connections' closing failed; closing them all the same", ex);
		}
		logger.info("Closing " + describe(connections) + " over " + Durations.format(this.spread));
		long start = System.nanoTime();
		long window = this.spread.toNanos();
		for (int i = 0; i < connections.size(); i++) {
			// Evenly spaced: the clients' reconnects spread over the window too.
			long due = start + window / connections.size() * i;
			long wait = due - System.nanoTime();
			if (wait > 0) {
				LockSupport.parkNanos(wait);
			}
			connections.get(i).close();
		}
	}

	@Override
	public int inFlight() {
		return this.open.size();
	}

	@Override
	public @Nullable String describeInFlight() {
		return describe(this.open);
	}

	@Override
	public String participantName() {
		return NAME;
	}

	/**
	 * How many connections of a kind are open.
	 * @param kind the kind
	 * @return the count
	 */
	int count(ConnectionKind kind) {
		return (int) this.open.stream().filter((connection) -> connection.kind() == kind).count();
	}

	/**
	 * The connections now.
	 * @return their description
	 */
	ConnectionsDescription describe() {
		Map<ConnectionKind, Integer> counts = counts(this.open);
		return new ConnectionsDescription(counts.getOrDefault(ConnectionKind.STREAM, 0),
				counts.getOrDefault(ConnectionKind.WEBSOCKET, 0), this.closing, this.spread.toMillis());
	}

	private static String describe(Iterable<OpenConnection> connections) {
		Map<ConnectionKind, Integer> counts = counts(connections);
		return counts.getOrDefault(ConnectionKind.STREAM, 0) + " stream(s), "
				+ counts.getOrDefault(ConnectionKind.WEBSOCKET, 0) + " WebSocket session(s)";
	}

	private static Map<ConnectionKind, Integer> counts(Iterable<OpenConnection> connections) {
		Map<ConnectionKind, Integer> counts = new EnumMap<>(ConnectionKind.class);
		for (OpenConnection connection : connections) {
			counts.merge(connection.kind(), 1, Integer::sum);
		}
		return counts;
	}

}
