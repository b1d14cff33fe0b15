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

import java.util.Set;

import io.github.lifecyclesignals.autoconfigure.LifecycleSignalsAutoConfiguration;
import io.github.lifecyclesignals.drain.DrainAutoConfiguration;
import io.github.lifecyclesignals.drain.RecordingProcessExit;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A paused context (Spring Framework 7 pauses cached test contexts) is not ending: the
 * signals stay bound. Framework 6.2 cannot pause a context, so the Boot 3 edition's build
 * leaves this class out.
 */
class ContextPauseTests {

	@Test
	void pausingTheContextKeepsTheSignalsBound() {
		FakeSignalRegistrar registrar = new FakeSignalRegistrar(Set.of("QUIT"), Set.of("HUP"));
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(LifecycleSignalsAutoConfiguration.class,
					SignalAutoConfiguration.class, DrainAutoConfiguration.class))
			.withBean(FakeSignalRegistrar.class, () -> registrar)
			.withBean(RecordingProcessExit.class, RecordingProcessExit::new)
			.run((context) -> {
				ConfigurableApplicationContext source = context.getSourceApplicationContext();
				source.pause();
				assertThat(registrar.isBound("TERM")).isTrue();
				source.restart();
				assertThat(registrar.isBound("TERM")).isTrue();
				assertThat(context.getBean(SignalHistory.class).describe().bindings()).hasSize(3);
			});
	}

}
