package io.github.lifecyclesignals.state;

import java.time.Instant;

/**
 * One received signal and what was done about it.
 *
 * @param signal the signal name, for example {@code HUP}
 * @param receivedAt when the signal reached the JVM
 * @param action the action that handled it
 * @param outcome what the action did, in a few words
 * @since 0.1.0
 */
public record SignalRecord(String signal, Instant receivedAt, String action, String outcome) {

}
