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

package io.github.lifecyclesignals.drain;

import io.github.lifecyclesignals.autoconfigure.LifecycleSignalsAutoConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A paused context (Spring Framework 7 pauses cached test contexts) is not ending: no
 * part of the drain runs. Framework 6.2 cannot pause a context, so the Boot 3 edition's
 * build leaves this class out.
 */
class ContextPauseTests {

	@Test
	void pausingTheContextRunsNoPartOfTheDrain() {
		new WebApplicationContextRunner()
			.withConfiguration(
					AutoConfigurations.of(LifecycleSignalsAutoConfiguration.class, DrainAutoConfiguration.class))
			.withPropertyValues("lifecycle.drain.delay-on-any-close=true", "lifecycle.drain.pre-stop-delay=1s")
			.run((context) -> {
				context.getSourceApplicationContext().pause();
				assertThat(context.getBeansOfType(GracefulShutdownBoundary.class).values()).hasSize(2)
					.allMatch(GracefulShutdownBoundary::isRunning);
				assertThat(context.getBean(PreStopDelayOnClose.class).isRunning()).isTrue();
			});
	}

}
