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

import io.github.lifecyclesignals.drain.DrainAutoConfiguration;
import io.github.lifecyclesignals.drain.RecordingProcessExit;
import io.github.lifecyclesignals.refresh.ConfigurationRefreshAutoConfiguration;
import io.github.lifecyclesignals.signal.FakeSignalRegistrar;
import io.github.lifecyclesignals.signal.SignalAutoConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.cloud.autoconfigure.ConfigurationPropertiesRebinderAutoConfiguration;
import org.springframework.cloud.autoconfigure.RefreshAutoConfiguration;
import org.springframework.cloud.context.scope.refresh.RefreshScope;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the core's startup check says about the refresh module: in this package to reach
 * the check, in this module to have the module there.
 */
class RefreshMissingFeaturesTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(LifecycleSignalsAutoConfiguration.class, SignalAutoConfiguration.class,
				DrainAutoConfiguration.class, RefreshAutoConfiguration.class,
				ConfigurationPropertiesRebinderAutoConfiguration.class, ConfigurationRefreshAutoConfiguration.class))
		.withBean(FakeSignalRegistrar.class, FakeSignalRegistrar::new)
		.withBean(RecordingProcessExit.class, RecordingProcessExit::new);

	@Test
	void nothingIsMissingWithTheRefreshModuleThere() {
		this.runner.run((context) -> assertThat(context.getBean(MissingFeatures.class).find()).isEmpty());
	}

	@Test
	void refreshWithoutSpringCloudContextIsNamedAsMissing() {
		this.runner.withClassLoader(new FilteredClassLoader(RefreshScope.class))
			.run((context) -> assertThat(context.getBean(MissingFeatures.class).find()).singleElement()
				.asString()
				.startsWith("refresh (spring-cloud-context is not on the class path"));
	}

	@Test
	void refreshSwitchedOffIsNotMissing() {
		this.runner.withPropertyValues("lifecycle.refresh.enabled=false")
			.run((context) -> assertThat(context.getBean(MissingFeatures.class).find()).isEmpty());
	}

}
