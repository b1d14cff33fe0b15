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
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * The requests being served, counted by the web stack's filter. Readiness probes are
 * counted apart: an adaptive pre-stop delay waits for probes, and for quiet from
 * everything else.
 *
 * @author lifecycle-signals maintainers
 * @since 0.1.0
 */
final class InFlightRequests {

	private final Set<InFlightRequest> requests = ConcurrentHashMap.newKeySet();

	private final LongAdder served = new LongAdder();

	private final LongAdder probes = new LongAdder();

	private final String probePath;

	private volatile long lastStartedNanos = System.nanoTime();

	/**
	 * Creates a tracker.
	 * @param probePath the path of the readiness probe within the application, for
	 * example {@code /actuator/health/readiness}
	 */
	InFlightRequests(String probePath) {
		this.probePath = probePath;
	}

	/**
	 * Records the start of a request.
	 * @param method the HTTP method
	 * @param path the request path as the client sent it, without the query string
	 * @param pathWithinApplication the path without the context path, to recognize probes
	 * @return the handle to pass to {@link #finished(InFlightRequest, boolean)}
	 */
	InFlightRequest started(String method, String path, String pathWithinApplication) {
		long now = System.nanoTime();
		if (pathWithinApplication.equals(this.probePath)) {
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
	 * Records the end of a request.
	 * @param request the handle from {@link #started}
	 * @param served whether the application produced its response, rather than failing or
	 * being cut off
	 */
	void finished(InFlightRequest request, boolean served) {
		if (this.requests.remove(request)) {
			request.end(served);
			if (served) {
				this.served.increment();
			}
		}
	}

	/**
	 * Records that a request has become a long-lived connection (an event stream): it is
	 * tracked as a connection from now on, neither served nor abandoned as a request, and
	 * never reported as a request stuck in flight.
	 * @param request the handle from {@link #started}
	 */
	void becameLongLived(InFlightRequest request) {
		this.requests.remove(request);
	}

	/**
	 * Number of readiness probes received since the application started.
	 * @return the count
	 */
	long probes() {
		return this.probes.sum();
	}

	/**
	 * How long ago the last request other than a readiness probe arrived.
	 * @return the time since then
	 */
	Duration sinceLastRequest() {
		return Duration.ofNanos(System.nanoTime() - this.lastStartedNanos);
	}

	int count() {
		return this.requests.size();
	}

	/**
	 * Number of requests served since the application started.
	 * @return the count
	 */
	long served() {
		return this.served.sum();
	}

	/**
	 * Age of the oldest request in flight.
	 * @return the age, zero when none is
	 */
	Duration oldestAge() {
		return this.requests.stream()
			.min(Comparator.comparingLong(InFlightRequest::startNanos))
			.map(InFlightRequest::age)
			.orElse(Duration.ZERO);
	}

	/**
	 * Snapshot of the requests in flight, oldest first.
	 * @return the requests
	 */
	List<InFlightRequest> list() {
		return this.requests.stream().sorted(Comparator.comparingLong(InFlightRequest::startNanos)).toList();
	}

}
