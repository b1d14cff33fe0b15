package io.github.lifecyclesignals.state;

import java.time.Duration;

/**
 * Settings of a drain, resolved from {@code lifecycle.drain.*}.
 *
 * @param preStopDelay how long to keep serving after readiness is refused
 * @param timeout the budget from the signal to the exit, the delay included
 * @param exitCode the exit code after a drain that abandoned no request
 * @param timeoutExitCode the exit code when the budget runs out or requests were abandoned
 * @since 0.1.0
 */
public record DrainSettings(Duration preStopDelay, Duration timeout, int exitCode, int timeoutExitCode) {

}
