package io.github.lifecyclesignals.signal;

/**
 * Thrown when a signal cannot be bound, or must not be because the VM owns it.
 *
 * @since 0.1.0
 */
public class SignalRefusedException extends Exception {

	public SignalRefusedException(String reason) {
		super(reason);
	}

}
