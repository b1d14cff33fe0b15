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

import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.lifecyclesignals.connection.ConnectionsSnapshot;
import io.github.lifecyclesignals.drain.DrainSettings;
import io.github.lifecyclesignals.drain.DrainSnapshot;
import io.github.lifecyclesignals.refresh.KeyClassification;
import io.github.lifecyclesignals.refresh.PendingRestart;
import io.github.lifecyclesignals.refresh.RefreshOutcome;
import io.github.lifecyclesignals.refresh.RefreshRecord;
import io.github.lifecyclesignals.refresh.RefreshSnapshot;
import io.github.lifecyclesignals.signal.SignalBinding;
import io.github.lifecyclesignals.signal.SignalRecord;
import io.github.lifecyclesignals.signal.SignalsSnapshot;
import io.github.lifecyclesignals.status.LifecycleSnapshot;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.actuate.endpoint.OperationResponseBody;

/**
 * What the {@code lifecycle} endpoint returns. Times are ISO-8601 strings and durations
 * are milliseconds, so that the JSON reads the same whatever JSON library the application
 * uses. Holds no property value.
 *
 * @param state the lifecycle phase
 * @param since when it was entered
 * @param signals the bindings and the last handled signals, or {@code null} when off
 * @param drain the drain settings and progress, or {@code null} when off
 * @param refresh the refresh counts and history, or {@code null} when off
 * @param restartRequired the keys this instance runs on old values of until it restarts
 * (at most {@value #KEYS_SHOWN}), or {@code null} when refresh is off
 * @param connections the long-lived connections, or {@code null} when they are not
 * tracked
 * @author lifecycle-signals maintainers
 * @since 0.1.0
 */
public record LifecycleDescriptor(String state, String since, @Nullable Signals signals, @Nullable Drain drain,
		@Nullable Refresh refresh, @Nullable List<Restart> restartRequired,
		@Nullable Connections connections) implements OperationResponseBody {

	/** How many keys of each kind a refresh lists before it only counts the rest. */
	static final int KEYS_SHOWN = 100;

	static LifecycleDescriptor of(LifecycleSnapshot snapshot) {
		SignalsSnapshot signals = snapshot.signals();
		DrainSnapshot drain = snapshot.drain();
		RefreshSnapshot refresh = snapshot.refresh();
		ConnectionsSnapshot connections = snapshot.connections();
		return new LifecycleDescriptor(snapshot.phase().name(), snapshot.since().toString(),
				(signals != null) ? Signals.of(signals) : null, (drain != null) ? Drain.of(drain) : null,
				(refresh != null) ? Refresh.of(refresh) : null, (refresh != null)
						? refresh.pendingRestart().stream().limit(KEYS_SHOWN).map(Restart::of).toList() : null,
				(connections != null) ? Connections.of(connections) : null);
	}

	/**
	 * The long-lived connections, apart from requests.
	 *
	 * @param streams open event streams
	 * @param webSockets open WebSocket sessions
	 * @param closing whether a drain is closing them
	 * @param spreadMillis the window over which a drain closes them
	 */
	public record Connections(int streams, int webSockets, boolean closing, long spreadMillis) {

		static Connections of(ConnectionsSnapshot snapshot) {
			return new Connections(snapshot.streams(), snapshot.webSockets(), snapshot.closing(),
					snapshot.spread().toMillis());
		}

	}

	/**
	 * One drain participant.
	 *
	 * @param name its name
	 * @param state {@code draining}, {@code done} or {@code failed}
	 * @param inFlight what it last said it holds, before it answered {@code null}
	 * @param detail what that is
	 * @param elapsedMillis time since it was told to drain, or until it was done
	 */
	public record Participant(String name, String state, @Nullable Integer inFlight, @Nullable String detail,
			long elapsedMillis) {

		static Participant of(DrainSnapshot.Participant participant) {
			return new Participant(participant.name(), participant.state(), participant.inFlight(),
					participant.detail(), participant.elapsed().toMillis());
		}

	}

	/**
	 * The signals.
	 *
	 * @param bindings every configured signal
	 * @param recent the last handled signals and endpoint requests, newest first
	 * @param received how many of each signal arrived
	 */
	public record Signals(List<Binding> bindings, List<Received> recent, Map<String, Long> received) {

		static Signals of(SignalsSnapshot snapshot) {
			return new Signals(snapshot.bindings().stream().map(Binding::of).toList(),
					snapshot.recent().stream().map(Received::of).toList(), snapshot.received());
		}

	}

	/**
	 * One configured signal.
	 *
	 * @param signal the signal name
	 * @param action the action name
	 * @param bound whether the signal reaches the action
	 * @param status {@code BOUND}, {@code SHADOWED}, {@code IGNORED}, {@code REFUSED} or
	 * {@code DEFAULT}
	 * @param reason why it does not reach the action, when it does not
	 * @param replaced the handler ours replaced
	 */
	public record Binding(String signal, String action, boolean bound, String status, @Nullable String reason,
			@Nullable String replaced) {

		static Binding of(SignalBinding binding) {
			return new Binding(binding.signal(), binding.action(), binding.receiving(), binding.status().name(),
					binding.reason(), binding.replaced());
		}

	}

	/**
	 * One handled signal or endpoint request.
	 *
	 * @param trigger what asked, for example {@code SIGHUP} or {@code actuator}
	 * @param receivedAt when it arrived
	 * @param action the action that handled it
	 * @param outcome what was done
	 */
	public record Received(String trigger, String receivedAt, String action, String outcome) {

		static Received of(SignalRecord record) {
			return new Received(record.trigger(), record.receivedAt().toString(), record.action(), record.outcome());
		}

	}

	/**
	 * The drain.
	 *
	 * @param preStopDelayMillis the configured pre-stop delay
	 * @param timeoutMillis the configured budget
	 * @param exitCode the exit code after a clean drain
	 * @param timeoutExitCode the exit code when the budget runs out
	 * @param escalateOn the signals whose repetition escalates a drain
	 * @param inFlight requests being served now
	 * @param oldestInFlightMillis age of the oldest of them
	 * @param requestsServed requests served since the application started
	 * @param trigger what started the drain, if one started
	 * @param startedAt when it started
	 * @param step the step running now
	 * @param timeLeftMillis time left in the budget
	 * @param escalated whether a repeated signal asked to skip the waits
	 * @param result how it ended, once it has
	 * @param abandoned the requests and participants it gave up on, once it has ended
	 * @param participants the drain participants, once a close has told them to drain
	 */
	public record Drain(long preStopDelayMillis, long timeoutMillis, int exitCode, int timeoutExitCode,
			Set<String> escalateOn, int inFlight, long oldestInFlightMillis, long requestsServed,
			@Nullable String trigger, @Nullable String startedAt, @Nullable String step, @Nullable Long timeLeftMillis,
			@Nullable Boolean escalated, @Nullable String result, @Nullable List<String> abandoned,
			List<Participant> participants) {

		static Drain of(DrainSnapshot snapshot) {
			DrainSettings settings = snapshot.settings();
			DrainSnapshot.Progress progress = snapshot.progress();
			DrainSnapshot.End end = (progress != null) ? progress.end() : null;
			return new Drain(settings.preStopDelay().toMillis(), settings.timeout().toMillis(), settings.exitCode(),
					settings.timeoutExitCode(), settings.escalateOn(), snapshot.inFlight(),
					snapshot.oldestInFlight().toMillis(), snapshot.requestsServed(),
					(progress != null) ? progress.trigger() : null,
					(progress != null) ? progress.startedAt().toString() : null,
					(progress != null) ? progress.step().displayName() : null,
					(progress != null) ? progress.timeLeft().toMillis() : null,
					(progress != null) ? progress.escalated() : null, (end != null) ? end.result().name() : null,
					(end != null) ? end.abandoned() : null,
					snapshot.participants().stream().map(Participant::of).toList());
		}

	}

	/**
	 * The refreshes.
	 *
	 * @param running whether a refresh runs now
	 * @param counts how many ended with each outcome
	 * @param recent the last refreshes, newest first
	 * @param configHash a fingerprint of the configuration files' keys and values this
	 * instance runs on: replicas that applied the same files show the same one
	 * @param watchedFiles the files watched for changes, or {@code null} when watching is
	 * off
	 */
	public record Refresh(boolean running, Map<RefreshOutcome, Long> counts, List<RefreshEntry> recent,
			String configHash, @Nullable List<String> watchedFiles) {

		static Refresh of(RefreshSnapshot snapshot) {
			return new Refresh(snapshot.running(), snapshot.counts(),
					snapshot.recent().stream().map(RefreshEntry::of).toList(), snapshot.configHash(),
					snapshot.watchedFiles());
		}

	}

	/**
	 * One refresh. Keys, never values; each list names at most {@value #KEYS_SHOWN} keys.
	 *
	 * @param startedAt when it started
	 * @param trigger what asked for it
	 * @param outcome how it ended
	 * @param changedKeyCount how many keys changed
	 * @param keys what became of the changed keys
	 * @param reason why it was not applied
	 * @param durationMillis how long it took
	 */
	public record RefreshEntry(String startedAt, String trigger, String outcome, int changedKeyCount, Keys keys,
			@Nullable String reason, long durationMillis) {

		static RefreshEntry of(RefreshRecord record) {
			return new RefreshEntry(record.startedAt().toString(), record.trigger(), record.outcome().name(),
					record.changedKeys().size(), Keys.of(record.keys()), record.reason(), record.duration().toMillis());
		}

	}

	/**
	 * What became of the changed keys of a refresh.
	 *
	 * @param live in effect now
	 * @param restartRequired in effect after a restart, with the reason
	 * @param shadowed overridden by a source of higher precedence
	 * @param unused read by nothing
	 */
	public record Keys(List<String> live, List<Restart> restartRequired, List<String> shadowed, List<String> unused) {

		static Keys of(KeyClassification keys) {
			return new Keys(keys.live().stream().limit(KEYS_SHOWN).toList(),
					keys.restartRequired()
						.entrySet()
						.stream()
						.limit(KEYS_SHOWN)
						.map((entry) -> new Restart(entry.getKey(), entry.getValue()))
						.toList(),
					keys.shadowed().stream().limit(KEYS_SHOWN).toList(),
					keys.unused().stream().limit(KEYS_SHOWN).toList());
		}

	}

	/**
	 * A key that takes effect after a restart.
	 *
	 * @param key the key
	 * @param reason why it needs a restart
	 */
	public record Restart(String key, String reason) {

		static Restart of(PendingRestart pending) {
			return new Restart(pending.key(), pending.reason());
		}

	}

}
