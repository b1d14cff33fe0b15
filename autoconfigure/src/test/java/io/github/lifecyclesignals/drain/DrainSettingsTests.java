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

import java.time.Duration;

import io.github.lifecyclesignals.autoconfigure.LifecycleSignalsAutoConfiguration;
import io.github.lifecyclesignals.signal.Trigger;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link DrainSettings}' check of the budget against the platform's grace
 * period: the drain must end, halt guard and all, before the platform's SIGKILL.
 *
 * @author lifecycle-signals maintainers
 */
class DrainSettingsTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(LifecycleSignalsAutoConfiguration.class, DrainAutoConfiguration.class))
		.withBean(RecordingProcessExit.class, RecordingProcessExit::new);

	private static DrainProperties properties(Duration timeout, Duration gracePeriod) {
		DrainProperties properties = new DrainProperties();
		properties.setTimeout(timeout);
		properties.setGracePeriod(gracePeriod);
		return properties;
	}

	@Test
	void budgetThatEndsTooCloseToTheGracePeriodSaysWhatToChange() {
		assertThatExceptionOfType(InvalidConfigurationPropertyValueException.class)
			.isThrownBy(() -> DrainSettings.resolve(properties(Duration.ofSeconds(30), Duration.ofSeconds(31)), false))
			.satisfies((ex) -> {
				assertThat(ex.getName()).isEqualTo("lifecycle.drain.grace-period");
				assertThat(ex.getValue()).isEqualTo(Duration.ofSeconds(31));
				assertThat(ex.getReason()).isEqualTo("The drain budget (lifecycle.drain.timeout, 30.00s) must end at"
						+ " least 2.00s before the platform's grace period does, or its SIGKILL cuts the drain short:"
						+ " lower the timeout to 29.00s or raise the grace period (terminationGracePeriodSeconds,"
						+ " TimeoutStopSec, docker stop -t).");
			});
	}

	@Test
	void budgetLongerThanTheGracePeriodIsRejected() {
		assertThatExceptionOfType(InvalidConfigurationPropertyValueException.class)
			.isThrownBy(() -> DrainSettings.resolve(properties(Duration.ofSeconds(60), Duration.ofSeconds(30)), false))
			.withMessageContaining("lower the timeout to 28.00s");
	}

	@Test
	void budgetEndingExactlyTheMarginBeforeTheGracePeriodIsAccepted() {
		DrainSettings settings = DrainSettings.resolve(
				properties(Duration.ofSeconds(30), Duration.ofSeconds(30).plus(DrainSettings.GRACE_MARGIN)), false);
		assertThat(settings.timeout()).isEqualTo(Duration.ofSeconds(30));
		assertThat(DrainSettings.GRACE_MARGIN).isEqualTo(Duration.ofSeconds(2));
	}

	@Test
	void withoutAGracePeriodAnyBudgetIsAccepted() {
		DrainProperties properties = new DrainProperties();
		properties.setTimeout(Duration.ofDays(1_000_000));
		assertThat(DrainSettings.resolve(properties, false).timeout()).isEqualTo(Duration.ofDays(1_000_000));
	}

	@Test
	void budgetThatDoesNotFitTheGracePeriodFailsStartup() {
		this.runner.withPropertyValues("lifecycle.drain.timeout=30s", "lifecycle.drain.grace-period=31s")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.isInstanceOf(InvalidConfigurationPropertyValueException.class)
				.hasMessageContaining("lifecycle.drain.grace-period")
				.hasMessageContaining("The drain budget (lifecycle.drain.timeout, 30.00s) must end at least 2.00s"
						+ " before the platform's grace period does")
				.hasMessageContaining("lower the timeout to 29.00s"));
	}

	@Test
	void budgetWithinTheGracePeriodStartsAndDrains() {
		this.runner.withPropertyValues("lifecycle.drain.timeout=30s", "lifecycle.drain.grace-period=35s")
			.run((context) -> {
				RecordingProcessExit exit = context.getBean(RecordingProcessExit.class);
				assertThat(context).hasNotFailed();
				context.getBean(GracefulDrain.class).request(new Trigger("SIGTERM", 15), true);
				assertThat(exit.code(Duration.ofSeconds(10))).isZero();
			});
	}

}
