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

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns an {@link InvalidSignalConfigurationException} into a startup message that lists
 * what would have been valid.
 *
 * @author lifecycle-signals maintainers
 * @since 0.1.0
 */
class InvalidSignalConfigurationFailureAnalyzer extends AbstractFailureAnalyzer<InvalidSignalConfigurationException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, InvalidSignalConfigurationException cause) {
		String description = String.format(
				"Invalid lifecycle-signals configuration:%n%n    Property: %s%n" + "    Value: \"%s\"%n    Reason: %s",
				cause.getProperty(), cause.getValue(), cause.getProblem());
		String action = String.format("Update %s to one of: %s", cause.getProperty(),
				String.join(", ", cause.getValidValues()));
		return new FailureAnalysis(description, action, cause);
	}

}
