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

package io.github.lifecyclesignals.autoconfigure;

import java.util.List;

import io.github.lifecyclesignals.drain.DrainAutoConfiguration;
import io.github.lifecyclesignals.drain.RecordingProcessExit;
import io.github.lifecyclesignals.internal.BootLine;
import io.github.lifecyclesignals.signal.FakeSignalRegistrar;
import io.github.lifecyclesignals.signal.SignalAutoConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.TypeReference;
import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.util.ClassUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for what the starter checks at startup: the Spring Boot line, the parts it
 * misses, the names it looks up at run time.
 *
 * @author lifecycle-signals maintainers
 */
class StartupChecksTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(LifecycleSignalsAutoConfiguration.class, SignalAutoConfiguration.class,
				DrainAutoConfiguration.class))
		.withBean(FakeSignalRegistrar.class, FakeSignalRegistrar::new)
		.withBean(RecordingProcessExit.class, RecordingProcessExit::new);

	@Test
	void nothingIsMissingWithEverythingThere() {
		this.runner.run((context) -> assertThat(context.getBean(MissingFeatures.class).find()).isEmpty());
	}

	@Test
	void otherBootLineFailsStartupWithAnExplanation() {
		// Runs in both editions: each names its own line and points at the other.
		this.runner.withClassLoader(new FilteredClassLoader(BootLine.MARKER_CLASSES.get(0))).run((context) -> {
			assertThat(context).hasFailed();
			Throwable failure = context.getStartupFailure();
			assertThat(failure).isInstanceOf(UnsupportedBootLineException.class)
				.hasMessageStartingWith(BootLine.STARTER + " supports " + BootLine.SUPPORTED + "; ")
				.hasMessageContaining("this application runs Spring Boot");
			FailureAnalysis analysis = new UnsupportedBootLineFailureAnalyzer().analyze(failure);
			assertThat(analysis).isNotNull();
			assertThat(analysis.getAction())
				.isEqualTo("Use " + BootLine.SUPPORTED + " with this starter. " + BootLine.OTHER_EDITION);
			assertThat(BootLine.OTHER_EDITION)
				.matches("On Spring Boot [0-9.a-z ]+ use lifecycle-signals-spring-boot3?-starter\\.");
		});
	}

	@Test
	void everyNameLookedUpAtRunTimeHasAHint() {
		RuntimeHints hints = new RuntimeHints();
		new LifecycleRuntimeHints().registerHints(hints, getClass().getClassLoader());
		// A hint is registered for what is there: the modules' names are looked up
		// whether or not they are.
		List<String> present = LifecycleRuntimeHints.LOOKED_UP.stream()
			.filter((type) -> ClassUtils.isPresent(type, getClass().getClassLoader()))
			.toList();
		assertThat(present).contains(BootLine.MARKER_CLASSES.get(0));
		for (String type : present) {
			assertThat(RuntimeHintsPredicates.reflection().onType(TypeReference.of(type))).as(type).accepts(hints);
		}
	}

}
