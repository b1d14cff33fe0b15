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

/**
 * The kinds of long-lived connection.
 *
 * @author lifecycle-signals maintainers
 * @since 0.1.0
 */
public enum ConnectionKind {

	/**
	 * A streamed response: server-sent events, newline-delimited JSON, any
	 * {@code ResponseBodyEmitter} or WebFlux streaming response. Closed by completing the
	 * response, so that the client sees a clean end and reconnects.
	 */
	STREAM("stream"),

	/**
	 * A WebSocket session, plain or STOMP. Closed with status 1001 (going away).
	 */
	WEBSOCKET("websocket");

	private final String tag;

	ConnectionKind(String tag) {
		this.tag = tag;
	}

	/**
	 * The name used in the endpoint and as the {@code kind} tag of the meters.
	 * @return the name
	 */
	public String tag() {
		return this.tag;
	}

}
