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
import java.time.Instant;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * One configuration refresh. Holds property names only, never their values: secrets live
 * in configuration.
 *
 * @param startedAt when it started
 * @param trigger what asked for it, for example {@code SIGHUP}
 * @param outcome how it ended
 * @param changedKeys names of the properties whose values changed
 * @param keys what became of each changed key (empty unless the keys were classified)
 * @param reason why it was not applied, or {@code null}
 * @param duration how long it took
 * @author lifecycle-signals maintainers
 * @since 0.1.0
 */
record RefreshRecord(Instant startedAt, String trigger, RefreshOutcome outcome, Set<String> changedKeys,
		KeyClassification keys, @Nullable String reason, Duration duration) {

}
