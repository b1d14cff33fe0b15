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

package io.github.lifecyclesignals.internal;

import java.time.Duration;
import java.util.Locale;

/**
 * Durations as the features use them: formatted the way an operator reads them
 * ({@code 850ms}, {@code 5.02s}), and in nanoseconds without overflow, since a budget of
 * a million days is a valid configuration.
 *
 * @author lifecycle-signals maintainers
 * @since 0.1.0
 */
public final class Durations {

	private Durations() {
	}

	/**
	 * Formats a duration for a log line.
	 * @param duration the duration
	 * @return for example {@code 850ms} or {@code 5.02s}
	 */
	public static String format(Duration duration) {
		long millis = duration.toMillis();
		if (millis < 1000) {
			return millis + "ms";
		}
		return String.format(Locale.ROOT, "%.2fs", millis / 1000.0);
	}

	/**
	 * Converts to nanoseconds, saturating at {@link Long#MAX_VALUE} (292 years) instead
	 * of failing.
	 * @param duration the duration, not negative
	 * @return the nanoseconds
	 */
	public static long toNanos(Duration duration) {
		try {
			return duration.toNanos();
		}
		catch (ArithmeticException ex) {
			return duration.isNegative() ? Long.MIN_VALUE : Long.MAX_VALUE;
		}
	}

}
