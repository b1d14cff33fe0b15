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

package io.github.lifecyclesignals.drain;

import java.time.Duration;

import io.github.lifecyclesignals.internal.Durations;

/**
 * One request being served, named by method and path (never the query string: it may
 * carry secrets).
 *
 * @author lifecycle-signals maintainers
 * @since 0.1.0
 */
final class InFlightRequest {

	private final String method;

	private final String path;

	private final long startNanos;

	private volatile State state = State.IN_FLIGHT;

	InFlightRequest(String method, String path, long startNanos) {
		this.method = method;
		this.path = path;
		this.startNanos = startNanos;
	}

	String method() {
		return this.method;
	}

	String path() {
		return this.path;
	}

	/**
	 * How long ago the request started.
	 * @return the age
	 */
	Duration age() {
		return Duration.ofNanos(System.nanoTime() - this.startNanos);
	}

	/**
	 * Where the request stands.
	 * @return the state
	 */
	State state() {
		return this.state;
	}

	long startNanos() {
		return this.startNanos;
	}

	void end(boolean served) {
		this.state = served ? State.SERVED : State.FAILED;
	}

	@Override
	public String toString() {
		return this.method + " " + this.path + " (age " + Durations.format(age()) + ")";
	}

	/**
	 * Where a request stands.
	 */
	public enum State {

		/** Still being served. */
		IN_FLIGHT,

		/** The application produced its response. */
		SERVED,

		/** It ended with an error, a timeout or a cut connection. */
		FAILED

	}

}
