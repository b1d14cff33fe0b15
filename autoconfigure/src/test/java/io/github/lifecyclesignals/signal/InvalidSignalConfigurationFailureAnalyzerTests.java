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
