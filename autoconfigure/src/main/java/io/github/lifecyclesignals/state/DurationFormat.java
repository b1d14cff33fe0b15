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

import java.time.Duration;
import java.util.Locale;

/**
 * Formats durations for log lines the way an operator reads them: {@code 850ms},
 * {@code 5.02s}.
 *
 * @author lifecycle-signals maintainers
 * @since 0.1.0
 */
public final class DurationFormat {

	private DurationFormat() {
	}

	public static String of(Duration duration) {
		long millis = duration.toMillis();
		if (millis < 1000) {
			return millis + "ms";
		}
		return String.format(Locale.ROOT, "%.2fs", millis / 1000.0);
	}

}
