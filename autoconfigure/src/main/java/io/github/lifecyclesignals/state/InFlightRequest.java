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

package io.github.lifecyclesignals.state;

import java.time.Duration;

/**
 * One request that is being served. Identity matters: two requests with the same method
 * and path are two entries.
 *
 * @author lifecycle-signals maintainers
 * @since 0.1.0
 */
public final class InFlightRequest {

	private final String method;

	private final String path;

	private final long startNanos;

	InFlightRequest(String method, String path, long startNanos) {
		this.method = method;
		this.path = path;
		this.startNanos = startNanos;
	}

	public String method() {
		return this.method;
	}

	public String path() {
		return this.path;
	}

	public Duration age() {
		return Duration.ofNanos(System.nanoTime() - this.startNanos);
	}

	long startNanos() {
		return this.startNanos;
	}

	@Override
	public String toString() {
		return this.method + " " + this.path + " (age " + DurationFormat.of(age()) + ")";
	}

}
