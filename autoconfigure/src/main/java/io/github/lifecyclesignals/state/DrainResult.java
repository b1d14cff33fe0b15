package io.github.lifecyclesignals.state;

/**
 * How a drain ended.
 *
 * @since 0.1.0
 */
public enum DrainResult {

	/** Every step ran and no request was abandoned. */
	CLEAN,

	/** A second signal cut the pre-stop delay or the waits short. */
	ESCALATED,

	/** The drain budget ran out; the process was halted. */
	TIMEOUT,

	/** A third signal halted the process at once. */
	FORCED,

	/** The drain itself failed unexpectedly; the process was halted. */
	FAILED

}
