package io.github.lifecyclesignals.state;

import java.time.Duration;

/**
 * One request that is being served. Identity matters: two requests with the same method and path
 * are two entries.
 *
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
