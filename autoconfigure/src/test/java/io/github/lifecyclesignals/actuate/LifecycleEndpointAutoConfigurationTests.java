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

package io.github.lifecyclesignals.actuate;

import io.github.lifecyclesignals.autoconfigure.LifecycleSignalsAutoConfiguration;
import io.github.lifecyclesignals.signal.FakeSignalRegistrar;
import io.github.lifecyclesignals.signal.SignalAutoConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

class LifecycleEndpointAutoConfigurationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(LifecycleSignalsAutoConfiguration.class, SignalAutoConfiguration.class,
				LifecycleEndpointAutoConfiguration.class))
		.withBean(FakeSignalRegistrar.class, FakeSignalRegistrar::new)
		.withPropertyValues("management.endpoints.web.exposure.include=lifecycle");

	@Test
	void endpointIsPresentWhenExposed() {
		this.runner.run((context) -> assertThat(context).hasSingleBean(LifecycleEndpoint.class));
	}

	@Test
	void endpointIsAbsentWhenNotExposed() {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(LifecycleSignalsAutoConfiguration.class,
					SignalAutoConfiguration.class, LifecycleEndpointAutoConfiguration.class))
			.withBean(FakeSignalRegistrar.class, FakeSignalRegistrar::new)
			.run((context) -> assertThat(context).doesNotHaveBean(LifecycleEndpoint.class));
	}

	@Test
	void endpointIsAbsentWhenAccessIsNone() {
		this.runner.withPropertyValues("management.endpoint.lifecycle.access=NONE")
			.run((context) -> assertThat(context).doesNotHaveBean(LifecycleEndpoint.class));
	}

	@Test
	void endpointIsAbsentWithoutActuator() {
		this.runner.withClassLoader(new FilteredClassLoader("org.springframework.boot.actuate"))
			.run((context) -> assertThat(context).doesNotHaveBean(LifecycleEndpoint.class));
	}

	@Test
	void endpointIsAbsentWhenTheStarterIsOff() {
		this.runner.withPropertyValues("lifecycle.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(LifecycleEndpoint.class));
	}

	@Test
	void userEndpointBacksOff() {
		LifecycleEndpoint mine = mock(LifecycleEndpoint.class);
		this.runner.withBean(LifecycleEndpoint.class, () -> mine)
			.run((context) -> assertThat(context).getBean(LifecycleEndpoint.class).isSameAs(mine));
	}

}
