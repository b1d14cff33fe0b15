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

package io.github.lifecyclesignals.actuate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.lifecyclesignals.state.DrainSettings;
import io.github.lifecyclesignals.state.DrainStatus;
import io.github.lifecyclesignals.state.InFlightRequests;
import io.github.lifecyclesignals.state.LifecycleState;
import io.github.lifecyclesignals.state.RefreshOutcome;
import io.github.lifecyclesignals.state.RefreshRecord;
import io.github.lifecyclesignals.state.SignalBinding;
import io.github.lifecyclesignals.state.SignalRecord;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.actuate.endpoint.OperationResponseBody;

/**
 * What the {@code lifecycle} endpoint returns. Times are ISO-8601 strings and durations
 * are milliseconds, so that the JSON reads the same whatever JSON library the application
 * uses. Holds no property value.
 *
 * @param state the lifecycle phase
 * @param since when it was entered
 * @param signals the bindings and the last received signals
 * @param drain the drain settings and progress
 * @param refresh the refresh counts and history
 * @author lifecycle-signals maintainers
 * @since 0.1.0
 */
public record LifecycleDescriptor(String state, String since, Signals signals, Drain drain,
		Refresh refresh) implements OperationResponseBody {

	static LifecycleDescriptor of(LifecycleState state) {
		Instant now = state.now();
		return new LifecycleDescriptor(state.phase().name(), state.since().toString(),
				new Signals(state.bindings().stream().map(Binding::of).toList(),
						newestFirst(state.recentSignals()).stream().map(Received::of).toList()),
				Drain.of(state.drainSettings(), state.drain(), state.requests(), now),
				new Refresh(state.refreshCounts(),
						newestFirst(state.recentRefreshes()).stream().map(RefreshEntry::of).toList()));
	}

	private static <T> List<T> newestFirst(List<T> oldestFirst) {
		List<T> list = new ArrayList<>(oldestFirst);
		Collections.reverse(list);
		return list;
	}

	/**
	 * The signals.
	 *
	 * @param bindings every configured signal
	 * @param recent the last received signals, newest first
	 */
	public record Signals(List<Binding> bindings, List<Received> recent) {

	}

	/**
	 * One configured signal.
	 *
	 * @param signal the signal name
	 * @param action the action name
	 * @param bound whether our handler is installed
	 * @param status {@code BOUND}, {@code REFUSED} or {@code DEFAULT}
	 * @param reason why it is not bound, if it is not
	 * @param replaced the handler ours replaced
	 */
	public record Binding(String signal, String action, boolean bound, String status, @Nullable String reason,
			@Nullable String replaced) {

		static Binding of(SignalBinding binding) {
			return new Binding(binding.signal(), binding.action(), binding.status().name().equals("BOUND"),
					binding.status().name(), binding.reason(), binding.replaced());
		}

	}

	/**
	 * One received signal.
	 *
	 * @param signal the signal name
	 * @param receivedAt when it arrived
	 * @param action the action that handled it
	 * @param outcome what was done
	 */
	public record Received(String signal, String receivedAt, String action, String outcome) {

		static Received of(SignalRecord record) {
			return new Received(record.signal(), record.receivedAt().toString(), record.action(), record.outcome());
		}

	}

	/**
	 * The drain.
	 *
	 * @param preStopDelayMillis the configured pre-stop delay
	 * @param timeoutMillis the configured budget
	 * @param exitCode the exit code after a clean drain
	 * @param timeoutExitCode the exit code when the budget runs out
	 * @param inFlight requests being served now
	 * @param oldestInFlightMillis age of the oldest of them
	 * @param requestsCompleted requests completed since the application started
	 * @param trigger what started the drain, if one started
	 * @param startedAt when it started
	 * @param step the step running now
	 * @param timeLeftMillis time left in the budget
	 * @param result how it ended, once it has
	 */
	public record Drain(@Nullable Long preStopDelayMillis, @Nullable Long timeoutMillis, @Nullable Integer exitCode,
			@Nullable Integer timeoutExitCode, int inFlight, long oldestInFlightMillis, long requestsCompleted,
			@Nullable String trigger, @Nullable String startedAt, @Nullable String step, @Nullable Long timeLeftMillis,
			@Nullable String result) {

		static Drain of(@Nullable DrainSettings settings, @Nullable DrainStatus status, InFlightRequests requests,
				Instant now) {
			return new Drain((settings != null) ? settings.preStopDelay().toMillis() : null,
					(settings != null) ? settings.timeout().toMillis() : null,
					(settings != null) ? settings.exitCode() : null,
					(settings != null) ? settings.timeoutExitCode() : null, requests.count(),
					requests.oldestAge().toMillis(), requests.completed(), (status != null) ? status.trigger() : null,
					(status != null) ? status.startedAt().toString() : null,
					(status != null) ? status.currentStep() : null,
					(status != null) ? status.timeLeft(now).toMillis() : null,
					(status != null && status.result() != null) ? status.result().name() : null);
		}

	}

	/**
	 * The refreshes.
	 *
	 * @param counts how many ended with each outcome
	 * @param recent the last refreshes, newest first
	 */
	public record Refresh(Map<RefreshOutcome, Long> counts, List<RefreshEntry> recent) {

	}

	/**
	 * One refresh. Changed keys, never values.
	 *
	 * @param startedAt when it started
	 * @param trigger what asked for it
	 * @param outcome how it ended
	 * @param changedKeys names of the properties that changed
	 * @param reason why it was not applied
	 * @param durationMillis how long it took
	 */
	public record RefreshEntry(String startedAt, String trigger, String outcome, Set<String> changedKeys,
			@Nullable String reason, long durationMillis) {

		static RefreshEntry of(RefreshRecord record) {
			return new RefreshEntry(record.startedAt().toString(), record.trigger(), record.outcome().name(),
					record.changedKeys(), record.reason(), record.duration().toMillis());
		}

	}

}
