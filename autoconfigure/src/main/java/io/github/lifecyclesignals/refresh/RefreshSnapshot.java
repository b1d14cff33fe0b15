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
public record RefreshSnapshot(boolean running, Map<RefreshOutcome, Long> counts,
		Map<RefreshOutcome, Duration> totalTime, List<RefreshRecord> recent, List<PendingRestart> pendingRestart,
		String configHash, @Nullable List<String> watchedFiles) {

}
