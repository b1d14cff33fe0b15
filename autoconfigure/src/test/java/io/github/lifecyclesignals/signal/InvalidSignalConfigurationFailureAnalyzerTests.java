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

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.boot.diagnostics.FailureAnalysis;

import static org.assertj.core.api.Assertions.assertThat;

class InvalidSignalConfigurationFailureAnalyzerTests {

	@Test
	void analysisNamesThePropertyTheProblemAndTheValidValues() {
		InvalidSignalConfigurationException failure = new InvalidSignalConfigurationException("lifecycle.signals.USR1",
				"reload", "no action is named 'reload'", List.of("default", "drain", "stop"));
		FailureAnalysis analysis = new InvalidSignalConfigurationFailureAnalyzer()
			.analyze(new IllegalStateException("wrapped", failure));
		assertThat(analysis.getDescription()).contains("Property: lifecycle.signals.USR1", "Value: \"reload\"",
				"Reason: no action is named 'reload'");
		assertThat(analysis.getAction()).isEqualTo("Update lifecycle.signals.USR1 to one of: default, drain, stop");
	}

}
