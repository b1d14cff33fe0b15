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
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * One open long-lived connection.
 *
 * @author lifecycle-signals maintainers
 * @since 0.1.0
 */
public final class OpenConnection {

	private static final Log logger = LogFactory.getLog(LongLivedConnections.class);

	private final ConnectionKind kind;

	private final String path;

	private final Object handle;

	private final Runnable closer;

	private final Runnable onClosed;

	private final long openedNanos = System.nanoTime();

	private final AtomicBoolean closeRequested = new AtomicBoolean();

	private final AtomicBoolean closed = new AtomicBoolean();

	OpenConnection(ConnectionKind kind, String path, Object handle, Runnable closer, Runnable onClosed) {
		this.kind = kind;
		this.path = path;
		this.handle = handle;
		this.closer = closer;
		this.onClosed = onClosed;
	}

	/**
	 * What kind of connection this is.
	 * @return the kind
	 */
	public ConnectionKind kind() {
		return this.kind;
	}

	/**
	 * The path the client asked for, without the query string.
	 * @return the path
	 */
	public String path() {
		return this.path;
	}

	/**
	 * What the application holds the connection by, to say goodbye on it before it
	 * closes: the {@code ResponseBodyEmitter} (an {@code SseEmitter}, say) of a Spring
	 * MVC stream, the {@code WebSocketSession} (servlet or reactive) of a WebSocket, the
	 * {@code ServerWebExchange} of a WebFlux stream.
	 * @return the handle
	 */
	public Object handle() {
		return this.handle;
	}

	/**
	 * How long the connection has been open.
	 * @return its age
	 */
	public Duration age() {
		return Duration.ofNanos(System.nanoTime() - this.openedNanos);
	}

	/**
	 * Records that the connection has closed, for whatever reason. Safe to call more than
	 * once.
	 */
	void closed() {
		if (this.closed.compareAndSet(false, true)) {
			this.onClosed.run();
		}
	}

	/**
	 * Asks the connection to close politely, once.
	 */
	void close() {
		if (this.closed.get() || !this.closeRequested.compareAndSet(false, true)) {
			return;
		}
		try {
			this.closer.run();
		}
		catch (RuntimeException ex) {
			// Already broken (the client left): the server will notice and say so.
			logger.debug("Closing " + this + " failed", ex);
		}
	}

	@Override
	public String toString() {
		return this.kind.tag() + " " + this.path;
	}

}
