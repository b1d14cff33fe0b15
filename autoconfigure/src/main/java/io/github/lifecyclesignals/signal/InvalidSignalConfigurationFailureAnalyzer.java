package io.github.lifecyclesignals.signal;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns an {@link InvalidSignalConfigurationException} into a startup message that lists what
 * would have been valid.
 *
 * @since 0.1.0
 */
class InvalidSignalConfigurationFailureAnalyzer extends AbstractFailureAnalyzer<InvalidSignalConfigurationException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, InvalidSignalConfigurationException cause) {
		String description = String.format("Invalid lifecycle-signals configuration:%n%n    Property: %s%n"
				+ "    Value: \"%s\"%n    Reason: %s", cause.getProperty(), cause.getValue(), cause.getProblem());
		String action = String.format("Update %s to one of: %s", cause.getProperty(),
				String.join(", ", cause.getValidValues()));
		return new FailureAnalysis(description, action, cause);
	}

}
