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

package io.github.lifecyclesignals.refresh;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The refresh feature's own status: whether a refresh runs, and how the last ones went.
 * Only the refresh feature writes it; everyone else reads {@link #snapshot() snapshots}.
 *
 * @author lifecycle-signals maintainers
 * @since 0.1.0
 */
public final class RefreshHistory {

	/** How many refreshes are kept for display. */
	public static final int SIZE = 20;

	private final Deque<RefreshRecord> recent = new ArrayDeque<>();

	private final Map<RefreshOutcome, Long> counts = new EnumMap<>(RefreshOutcome.class);

	private final Map<RefreshOutcome, Long> totalNanos = new EnumMap<>(RefreshOutcome.class);

	private boolean running;

	synchronized void running(boolean running) {
		this.running = running;
	}

	synchronized void recorded(RefreshRecord record) {
		this.recent.addFirst(record);
		while (this.recent.size() > SIZE) {
			this.recent.removeLast();
		}
		this.counts.merge(record.outcome(), 1L, Long::sum);
		this.totalNanos.merge(record.outcome(), record.duration().toNanos(), Long::sum);
	}

	/**
	 * The status now.
	 * @return a snapshot
	 */
	public synchronized RefreshSnapshot snapshot() {
		Map<RefreshOutcome, Long> counts = new EnumMap<>(RefreshOutcome.class);
		Map<RefreshOutcome, Duration> total = new EnumMap<>(RefreshOutcome.class);
		for (RefreshOutcome outcome : RefreshOutcome.values()) {
			counts.put(outcome, this.counts.getOrDefault(outcome, 0L));
			total.put(outcome, Duration.ofNanos(this.totalNanos.getOrDefault(outcome, 0L)));
		}
		return new RefreshSnapshot(this.running, counts, total, List.copyOf(this.recent));
	}

	/**
	 * How many refreshes ended with an outcome, for meters.
	 * @param outcome the outcome
	 * @return the count
	 */
	public synchronized long count(RefreshOutcome outcome) {
		return this.counts.getOrDefault(outcome, 0L);
	}

	/**
	 * The total time of the refreshes that ended with an outcome, for meters.
	 * @param outcome the outcome
	 * @return the total in nanoseconds
	 */
	public synchronized long totalNanos(RefreshOutcome outcome) {
		return this.totalNanos.getOrDefault(outcome, 0L);
	}

}
