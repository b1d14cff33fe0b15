package io.github.lifecyclesignals.state;

/**
 * Outcome of binding one signal.
 *
 * @since 0.1.0
 */
public enum BindingStatus {

	/** Our handler is installed; the configured action runs on the signal. */
	BOUND,

	/** The signal could not or must not be bound; the JVM's own handling is unchanged. */
	REFUSED,

	/** Left to the JVM on purpose (action {@code default}, or the action is not available). */
	DEFAULT

}
