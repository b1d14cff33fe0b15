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
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Requests currently being served, written by the web filters on every request. The
 * request path costs one small allocation and one concurrent-set insert and removal;
 * everything else (count, oldest, listing) is computed when somebody asks.
 *
 * @author lifecycle-signals maintainers
 * @since 0.1.0
 */
public final class InFlightRequests {

	private final Set<InFlightRequest> requests = ConcurrentHashMap.newKeySet();

	private final LongAdder completed = new LongAdder();

	private final LongAdder probes = new LongAdder();

	private volatile String probePath = "/actuator/health/readiness";

	private volatile long lastStartedNanos = System.nanoTime();

	/**
	 * Records the start of a request.
	 * @param method the HTTP method
	 * @param path the request path, without the query string (it may carry secrets)
	 * @return the handle to pass to {@link #finished(InFlightRequest)}
	 */
	public InFlightRequest started(String method, String path) {
		long now = System.nanoTime();
		if (path.equals(this.probePath)) {
			this.probes.increment();
		}
		else {
			this.lastStartedNanos = now;
		}
		InFlightRequest request = new InFlightRequest(method, path, now);
		this.requests.add(request);
		return request;
	}

	/**
	 * Sets the path of the readiness probe, whose requests are counted apart: an adaptive
	 * pre-stop delay waits for probes, and for quiet from everything else.
	 * @param probePath the path, for example {@code /actuator/health/readiness}
	 */
	public void probePath(String probePath) {
		this.probePath = probePath;
	}

	/**
	 * Number of readiness probes received since the application started.
	 * @return the count
	 */
	public long probes() {
		return this.probes.sum();
	}

	/**
	 * How long ago the last request other than a readiness probe arrived.
	 * @return the time since then
	 */
	public Duration sinceLastRequest() {
		return Duration.ofNanos(System.nanoTime() - this.lastStartedNanos);
	}

	public void finished(InFlightRequest request) {
		if (this.requests.remove(request)) {
			this.completed.increment();
		}
	}

	public int count() {
		return this.requests.size();
	}

	/**
	 * Number of requests completed since the application started.
	 * @return the count
	 */
	public long completed() {
		return this.completed.sum();
	}

	public Duration oldestAge() {
		return this.requests.stream()
			.min(Comparator.comparingLong(InFlightRequest::startNanos))
			.map(InFlightRequest::age)
			.orElse(Duration.ZERO);
	}

	/**
	 * Snapshot of the requests in flight, oldest first.
	 * @return the requests
	 */
	public List<InFlightRequest> list() {
		return this.requests.stream().sorted(Comparator.comparingLong(InFlightRequest::startNanos)).toList();
	}

}
