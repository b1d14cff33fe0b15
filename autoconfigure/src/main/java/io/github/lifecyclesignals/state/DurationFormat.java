package io.github.lifecyclesignals.state;

import java.time.Duration;
import java.util.Locale;

/**
 * Formats durations for log lines the way an operator reads them: {@code 850ms}, {@code 5.02s}.
 *
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
