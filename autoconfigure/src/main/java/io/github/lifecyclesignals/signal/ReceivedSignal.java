package io.github.lifecyclesignals.signal;

import java.time.Instant;

/**
 * A signal as the OS delivered it.
 *
 * @param name the signal name without the {@code SIG} prefix, for example {@code TERM}
 * @param number the signal number on this OS, for example {@code 15}
 * @param receivedAt when our handler saw it
 * @since 0.1.0
 */
public record ReceivedSignal(String name, int number, Instant receivedAt) {

	@Override
	public String toString() {
		return "SIG" + this.name;
	}

}
