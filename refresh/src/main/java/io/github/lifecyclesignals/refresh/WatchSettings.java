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

/**
 * How the configuration files are watched.
 *
 * @param interval how often the files are checked
 * @param quietPeriod how long the files must stay unchanged before a change counts, so
 * that a burst of writes leads to one refresh
 * @param jitter the longest random wait before refreshing, so that replicas sharing the
 * files do not all refresh in the same instant
 * @author lifecycle-signals maintainers
 * @since 0.1.0
 */
record WatchSettings(Duration interval, Duration quietPeriod, Duration jitter) {

	/** The defaults of {@code lifecycle.refresh.watch.*}. */
	static final WatchSettings DEFAULTS = new WatchSettings(Duration.ofSeconds(2), Duration.ofMillis(500),
			Duration.ofSeconds(5));

}
