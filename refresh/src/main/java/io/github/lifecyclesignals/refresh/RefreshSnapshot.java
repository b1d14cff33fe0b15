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
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What the refresh feature knows at one moment.
 *
 * @param running whether a refresh runs now
 * @param counts how many refreshes ended with each outcome
 * @param totalTime the time the refreshes of each outcome took in all
 * @param recent the last refreshes, newest first
 * @param pendingRestart the keys whose configured value only takes effect after a restart
 * @param configHash a fingerprint of the configuration files' content this instance runs
 * on (see {@code ConfigHash})
 * @param watchedFiles the files watched for changes, or {@code null} when none are
 * @author lifecycle-signals maintainers
 * @since 0.1.0
 */
record RefreshSnapshot(boolean running, Map<RefreshOutcome, Long> counts, Map<RefreshOutcome, Duration> totalTime,
		List<RefreshRecord> recent, List<PendingRestart> pendingRestart, String configHash,
		@Nullable List<String> watchedFiles) {

	RefreshDescription describe() {
		return new RefreshDescription(this.running, this.counts,
				this.recent.stream().map(RefreshSnapshot::describe).toList(), this.configHash, this.watchedFiles,
				this.pendingRestart.stream()
					.limit(RefreshDescription.KEYS_SHOWN)
					.map((pending) -> new RefreshDescription.Restart(pending.key(), pending.reason()))
					.toList());
	}

	private static RefreshDescription.Refresh describe(RefreshRecord record) {
		KeyClassification keys = record.keys();
		int shown = RefreshDescription.KEYS_SHOWN;
		return new RefreshDescription.Refresh(record.startedAt().toString(), record.trigger(), record.outcome(),
				record.changedKeys().size(),
				new RefreshDescription.Keys(keys.live().stream().limit(shown).toList(),
						keys.restartRequired()
							.entrySet()
							.stream()
							.limit(shown)
							.map((entry) -> new RefreshDescription.Restart(entry.getKey(), entry.getValue()))
							.toList(),
						keys.shadowed().stream().limit(shown).toList(), keys.unused().stream().limit(shown).toList()),
				record.reason(), record.duration().toMillis());
	}

}
