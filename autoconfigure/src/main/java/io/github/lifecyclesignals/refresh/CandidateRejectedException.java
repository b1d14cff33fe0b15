package io.github.lifecyclesignals.refresh;

/**
 * A candidate configuration that must not be applied. The message says why and never contains a
 * property value.
 *
 * @since 0.1.0
 */
public class CandidateRejectedException extends Exception {

	public CandidateRejectedException(String reason) {
		super(reason);
	}

}
