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

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.jspecify.annotations.Nullable;

/**
 * The one shared record of the application's lifecycle: phase, signal bindings, received
 * signals, the drain and the refresh history. Features write to it; the endpoint, the
 * meters and the log only read it. Thread-safe; every getter returns an immutable
 * snapshot.
 *
 * @author lifecycle-signals maintainers
 * @since 0.1.0
 */
public final class LifecycleState {

	/** How many received signals and refreshes are kept for display. */
	public static final int HISTORY_SIZE = 20;

	private final Clock clock;

	private final InFlightRequests requests = new InFlightRequests();

	private final List<LifecycleStateListener> listeners = new CopyOnWriteArrayList<>();

	private volatile LifecyclePhase phase = LifecyclePhase.STARTING;

	private volatile Instant since;

	private volatile List<SignalBinding> bindings = List.of();

	private final Deque<SignalRecord> signals = new ArrayDeque<>();

	private volatile @Nullable DrainStatus drain;

	private volatile @Nullable DrainSettings drainSettings;

	private final Deque<RefreshRecord> refreshes = new ArrayDeque<>();

	private final Map<RefreshOutcome, Long> refreshCounts = new EnumMap<>(RefreshOutcome.class);

	public LifecycleState() {
		this(Clock.systemUTC());
	}

	public LifecycleState(Clock clock) {
		this.clock = clock;
		this.since = clock.instant();
	}

	public Instant now() {
		return this.clock.instant();
	}

	public void addListener(LifecycleStateListener listener) {
		this.listeners.add(listener);
	}

	public LifecyclePhase phase() {
		return this.phase;
	}

	public Instant since() {
		return this.since;
	}

	/**
	 * Moves to a phase. Once draining or stopping, only a later phase is accepted: a
	 * refresh that ends during a drain must not make the application look {@code RUNNING}
	 * again.
	 * @param next the phase to move to
	 * @return whether the phase changed
	 */
	public synchronized boolean moveTo(LifecyclePhase next) {
		LifecyclePhase current = this.phase;
		if (current == next || (isShuttingDown(current) && next.ordinal() < current.ordinal())) {
			return false;
		}
		this.phase = next;
		this.since = now();
		return true;
	}

	/**
	 * Moves from one phase to another only if the current phase is the expected one.
	 * @param expected the phase the application must be in
	 * @param next the phase to move to
	 * @return whether the phase changed
	 */
	public synchronized boolean moveFrom(LifecyclePhase expected, LifecyclePhase next) {
		return this.phase == expected && moveTo(next);
	}

	public boolean isShuttingDown() {
		return isShuttingDown(this.phase);
	}

	private static boolean isShuttingDown(LifecyclePhase phase) {
		return phase == LifecyclePhase.DRAINING || phase == LifecyclePhase.STOPPING;
	}

	public InFlightRequests requests() {
		return this.requests;
	}

	public List<SignalBinding> bindings() {
		return this.bindings;
	}

	public void bindings(List<SignalBinding> bindings) {
		this.bindings = List.copyOf(bindings);
	}

	public void recordSignal(SignalRecord record) {
		synchronized (this.signals) {
			addBounded(this.signals, record);
		}
		this.listeners.forEach((listener) -> listener.signalRecorded(record));
	}

	public List<SignalRecord> recentSignals() {
		synchronized (this.signals) {
			return List.copyOf(this.signals);
		}
	}

	public @Nullable DrainSettings drainSettings() {
		return this.drainSettings;
	}

	public void drainSettings(DrainSettings settings) {
		this.drainSettings = settings;
	}

	public @Nullable DrainStatus drain() {
		return this.drain;
	}

	public void drainStarted(String trigger, Duration budget, String firstStep) {
		Instant now = now();
		this.drain = DrainStatus.started(trigger, now, now.plus(budget), firstStep, this.requests.completed());
	}

	public synchronized void drainStep(DrainStep finished, String next) {
		DrainStatus current = this.drain;
		if (current != null && current.result() == null) {
			this.drain = current.withStep(finished, next);
		}
	}

	/**
	 * Records the end of the drain, once; later calls (a deadline racing a clean exit)
	 * are ignored.
	 * @param result how it ended
	 * @param exitCode the exit code the process ends with
	 * @param abandoned how many requests the drain gave up on
	 * @return the final status, or {@code null} if there was no running drain to end
	 */
	public @Nullable DrainStatus drainEnded(DrainResult result, int exitCode, int abandoned) {
		DrainStatus ended;
		synchronized (this) {
			DrainStatus current = this.drain;
			if (current == null || current.result() != null) {
				return null;
			}
			ended = current.ended(result, exitCode, abandoned, this.requests.completed());
			this.drain = ended;
		}
		this.listeners.forEach((listener) -> listener.drainEnded(ended));
		return ended;
	}

	public void recordRefresh(RefreshRecord record) {
		synchronized (this.refreshes) {
			addBounded(this.refreshes, record);
			this.refreshCounts.merge(record.outcome(), 1L, Long::sum);
		}
		this.listeners.forEach((listener) -> listener.refreshRecorded(record));
	}

	public List<RefreshRecord> recentRefreshes() {
		synchronized (this.refreshes) {
			return List.copyOf(this.refreshes);
		}
	}

	public Map<RefreshOutcome, Long> refreshCounts() {
		synchronized (this.refreshes) {
			Map<RefreshOutcome, Long> counts = new EnumMap<>(RefreshOutcome.class);
			for (RefreshOutcome outcome : RefreshOutcome.values()) {
				counts.put(outcome, this.refreshCounts.getOrDefault(outcome, 0L));
			}
			return counts;
		}
	}

	/**
	 * One line that says it all, for {@code log-state} and for anyone reading a log.
	 * @return the summary
	 */
	public String summary() {
		List<String> parts = new ArrayList<>();
		parts.add("phase=" + this.phase + " since " + this.since);
		parts.add("inFlight=" + this.requests.count() + ((this.requests.count() > 0)
				? " (oldest " + DurationFormat.of(this.requests.oldestAge()) + ")" : ""));
		parts.add("completed=" + this.requests.completed());
		parts.add("signals=" + this.bindings);
		DrainStatus drain = this.drain;
		if (drain != null) {
			parts.add("drain=" + drain.currentStep() + ((drain.result() != null) ? "/" + drain.result() : ""));
		}
		parts.add("refreshes=" + refreshCounts());
		return String.join(", ", parts);
	}

	private static <T> void addBounded(Deque<T> deque, T element) {
		deque.addLast(element);
		while (deque.size() > HISTORY_SIZE) {
			deque.removeFirst();
		}
	}

}
