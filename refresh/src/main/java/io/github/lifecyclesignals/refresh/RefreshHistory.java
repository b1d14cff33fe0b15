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
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The refresh feature's own status: whether a refresh runs, how the last ones went, and
 * which keys this instance runs on old values of until it restarts. Only the refresh
 * feature writes it; everyone else reads {@link #snapshot() snapshots}.
 *
 * @author lifecycle-signals maintainers
 * @since 0.1.0
 */
final class RefreshHistory {

	/** How many refreshes are kept for display. */
	public static final int SIZE = 20;

	private final Deque<RefreshRecord> recent = new ArrayDeque<>();

	private final Map<RefreshOutcome, Long> counts = new EnumMap<>(RefreshOutcome.class);

	private final Map<RefreshOutcome, Long> totalNanos = new EnumMap<>(RefreshOutcome.class);

	private final Map<KeyClass, Long> keyCounts = new EnumMap<>(KeyClass.class);

	private List<PendingRestart> pendingRestart = List.of();

	private boolean running;

	private String configHash = "";

	private @Nullable List<String> watchedFiles;

	synchronized void running(boolean running) {
		this.running = running;
	}

	synchronized void runningOn(String configHash) {
		this.configHash = configHash;
	}

	synchronized void watching(List<String> files) {
		this.watchedFiles = List.copyOf(files);
	}

	synchronized void recorded(RefreshRecord record, List<PendingRestart> pendingRestart, @Nullable String configHash) {
		if (configHash != null) {
			this.configHash = configHash;
		}
		this.recent.addFirst(record);
		while (this.recent.size() > SIZE) {
			this.recent.removeLast();
		}
		this.counts.merge(record.outcome(), 1L, Long::sum);
		this.totalNanos.merge(record.outcome(), record.duration().toNanos(), Long::sum);
		if (record.outcome() == RefreshOutcome.APPLIED) {
			KeyClassification keys = record.keys();
			this.keyCounts.merge(KeyClass.LIVE, (long) keys.live().size(), Long::sum);
			this.keyCounts.merge(KeyClass.RESTART_REQUIRED, (long) keys.restartRequired().size(), Long::sum);
			this.keyCounts.merge(KeyClass.SHADOWED, (long) keys.shadowed().size(), Long::sum);
			this.keyCounts.merge(KeyClass.UNUSED, (long) keys.unused().size(), Long::sum);
		}
		this.pendingRestart = List.copyOf(pendingRestart);
	}

	/**
	 * The status now.
	 * @return a snapshot
	 */
	synchronized RefreshSnapshot snapshot() {
		Map<RefreshOutcome, Long> counts = new EnumMap<>(RefreshOutcome.class);
		Map<RefreshOutcome, Duration> total = new EnumMap<>(RefreshOutcome.class);
		for (RefreshOutcome outcome : RefreshOutcome.values()) {
			counts.put(outcome, this.counts.getOrDefault(outcome, 0L));
			total.put(outcome, Duration.ofNanos(this.totalNanos.getOrDefault(outcome, 0L)));
		}
		return new RefreshSnapshot(this.running, counts, total, List.copyOf(this.recent), this.pendingRestart,
				this.configHash, this.watchedFiles);
	}

	/**
	 * How many refreshes ended with an outcome, for meters.
	 * @param outcome the outcome
	 * @return the count
	 */
	synchronized long count(RefreshOutcome outcome) {
		return this.counts.getOrDefault(outcome, 0L);
	}

	/**
	 * The total time of the refreshes that ended with an outcome, for meters.
	 * @param outcome the outcome
	 * @return the total in nanoseconds
	 */
	synchronized long totalNanos(RefreshOutcome outcome) {
		return this.totalNanos.getOrDefault(outcome, 0L);
	}

	/**
	 * The outcome of the latest refresh, for meters.
	 * @return the outcome, {@code null} before the first refresh
	 */
	synchronized @Nullable RefreshOutcome lastOutcome() {
		RefreshRecord last = this.recent.peekFirst();
		return (last != null) ? last.outcome() : null;
	}

	/**
	 * How many changed keys of applied refreshes fell in a class, for meters.
	 * @param keyClass the class
	 * @return the count
	 */
	synchronized long keyCount(KeyClass keyClass) {
		return this.keyCounts.getOrDefault(keyClass, 0L);
	}

	/**
	 * How many keys wait for a restart, for meters.
	 * @return the count
	 */
	synchronized int pendingRestartCount() {
		return this.pendingRestart.size();
	}

	/**
	 * The keys waiting for a restart now, as the refresher saw them last.
	 * @return the keys
	 */
	synchronized List<PendingRestart> pendingRestart() {
		return new ArrayList<>(this.pendingRestart);
	}

	/**
	 * What became of a changed key.
	 */
	public enum KeyClass {

		/** In effect now. */
		LIVE,

		/** In effect after a restart. */
		RESTART_REQUIRED,

		/** Overridden by a source of higher precedence. */
		SHADOWED,

		/** Read by nothing. */
		UNUSED

	}

}
