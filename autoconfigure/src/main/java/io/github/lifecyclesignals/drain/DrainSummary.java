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

package io.github.lifecyclesignals.drain;

import java.time.Duration;
import java.time.Instant;
import java.util.stream.Collectors;

import io.github.lifecyclesignals.state.DrainStatus;
import io.github.lifecyclesignals.state.DrainStep;
import io.github.lifecyclesignals.state.DurationFormat;

/**
 * The one line a drain leaves in the log when it ends, because nothing scrapes a dead
 * process.
 *
 * @author lifecycle-signals maintainers
 * @since 0.1.0
 */
final class DrainSummary {

	private DrainSummary() {
	}

	static String of(DrainStatus drain) {
		Duration total = Duration.between(drain.startedAt(), Instant.now());
		String steps = drain.steps().stream().map(DrainStep::toString).collect(Collectors.joining(", "));
		return "Drain ended " + drain.result() + " after " + DurationFormat.of(total) + " (trigger " + drain.trigger()
				+ "; steps " + (steps.isEmpty() ? "none" : steps) + "; " + drain.completedDuring()
				+ " request(s) completed during the drain, " + drain.abandoned() + " abandoned; exit code "
				+ drain.exitCode() + ")";
	}

}
