package io.github.lifecyclesignals.state;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Requests currently being served, written by the web filters on every request. The request path
 * costs one small allocation and one concurrent-set insert and removal; everything else (count,
 * oldest, listing) is computed when somebody asks.
 *
 * @since 0.1.0
 */
public final class InFlightRequests {

	private final Set<InFlightRequest> requests = ConcurrentHashMap.newKeySet();

	private final LongAdder completed = new LongAdder();

	/**
	 * Records the start of a request.
	 * @param method the HTTP method
	 * @param path the request path, without the query string (it may carry secrets)
	 * @return the handle to pass to {@link #finished(InFlightRequest)}
	 */
	public InFlightRequest started(String method, String path) {
		InFlightRequest request = new InFlightRequest(method, path, System.nanoTime());
		this.requests.add(request);
		return request;
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
