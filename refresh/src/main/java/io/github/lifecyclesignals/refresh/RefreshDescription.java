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

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What the refresh shows in the {@code lifecycle} endpoint, under {@code refresh}, and
 * the keys waiting for a restart, under {@code restartRequired}. Keys, never values: each
 * list names at most {@value #KEYS_SHOWN} keys. Read-only; times are ISO-8601 strings and
 * durations milliseconds, so that the JSON reads the same whatever JSON library the
 * application uses.
 *
 * @param running whether a refresh runs now
 * @param counts how many refreshes ended with each outcome
 * @param recent the last refreshes, newest first
 * @param configHash a fingerprint of the configuration files' keys and values this
 * instance runs on: replicas that applied the same files show the same one
 * @param watchedFiles the files watched for changes, or {@code null} when watching is off
 * @param restartRequired the keys this instance runs on old values of until it restarts
 * @author lifecycle-signals maintainers
 * @since 0.1.0
 */
public record RefreshDescription(boolean running, Map<RefreshOutcome, Long> counts, List<Refresh> recent,
		String configHash, @Nullable List<String> watchedFiles, List<Restart> restartRequired) {

	/** How many keys of each kind are listed before the rest are only counted. */
	public static final int KEYS_SHOWN = 100;

	/**
	 * One refresh.
	 *
	 * @param startedAt when it started
	 * @param trigger what asked for it
	 * @param outcome how it ended
	 * @param changedKeyCount how many keys changed
	 * @param keys what became of the changed keys
	 * @param reason why it was not applied
	 * @param durationMillis how long it took
	 */
	public record Refresh(String startedAt, String trigger, RefreshOutcome outcome, int changedKeyCount, Keys keys,
			@Nullable String reason, long durationMillis) {

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

	}

	/**
	 * A key that takes effect after a restart.
	 *
	 * @param key the key
	 * @param reason why it needs a restart
	 */
	public record Restart(String key, String reason) {

	}

}
