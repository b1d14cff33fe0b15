package io.github.lifecyclesignals.signal;

import java.util.Collection;

/**
 * Thrown at startup when {@code lifecycle.signals} names an unknown signal or action.
 *
 * @since 0.1.0
 */
public class InvalidSignalConfigurationException extends RuntimeException {

	private final String property;

	private final String value;

	private final String problem;

	private final Collection<String> validValues;

	public InvalidSignalConfigurationException(String property, String value, String problem,
			Collection<String> validValues) {
		super(property + "=" + value + ": " + problem);
		this.property = property;
		this.value = value;
		this.problem = problem;
		this.validValues = validValues;
	}

	public String getProperty() {
		return this.property;
	}

	public String getValue() {
		return this.value;
	}

	public String getProblem() {
		return this.problem;
	}

	public Collection<String> getValidValues() {
		return this.validValues;
	}

}
