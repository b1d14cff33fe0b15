package io.github.lifecyclesignals.drain;

import java.time.Duration;
import java.time.Instant;
import java.util.stream.Collectors;

import io.github.lifecyclesignals.state.DrainStatus;
import io.github.lifecyclesignals.state.DrainStep;
import io.github.lifecyclesignals.state.DurationFormat;

/**
 * The one line a drain leaves in the log when it ends, because nothing scrapes a dead process.
 *
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
