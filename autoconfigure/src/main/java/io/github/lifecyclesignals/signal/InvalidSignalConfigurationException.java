/*
 * Copyright 2026-present the original author or authors.
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *      https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

package io.github.lifecyclesignals.signal;

import java.util.Collection;

/**
 * Thrown at startup when {@code lifecycle.signals} names an unknown signal or action.
 *
 * @author lifecycle-signals maintainers
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
