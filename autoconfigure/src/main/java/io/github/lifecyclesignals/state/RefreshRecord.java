package io.github.lifecyclesignals.state;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * One configuration refresh. Holds changed property names only, never their values: secrets live
 * in configuration.
 *
 * @param startedAt when it started
 * @param trigger what asked for it, for example {@code SIGHUP}
 * @param outcome how it ended
 * @param changedKeys names of the properties whose values changed
 * @param reason why it was not applied, or {@code null}
 * @param duration how long it took
 * @since 0.1.0
 */
public record RefreshRecord(Instant startedAt, String trigger, RefreshOutcome outcome, Set<String> changedKeys,
		@Nullable String reason, Duration duration) {

}
