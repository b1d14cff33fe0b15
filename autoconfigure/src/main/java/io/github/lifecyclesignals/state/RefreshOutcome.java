package io.github.lifecyclesignals.state;

/**
 * Outcome of one configuration refresh.
 *
 * @since 0.1.0
 */
public enum RefreshOutcome {

	/** The candidate configuration was valid and is now live. */
	APPLIED,

	/** The candidate configuration was valid and equal to the live one. */
	UNCHANGED,

	/** The candidate configuration did not load or validate; the live one was not touched. */
	REJECTED,

	/** Applying failed; the previous configuration was restored. */
	FAILED

}
