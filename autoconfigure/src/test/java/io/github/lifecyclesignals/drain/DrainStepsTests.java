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

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Set;

import io.github.lifecyclesignals.autoconfigure.LifecycleSignalsAutoConfiguration;
import io.github.lifecyclesignals.drain.DrainSnapshot.Outcome;
import io.github.lifecyclesignals.drain.DrainSnapshot.Progress;
import io.github.lifecyclesignals.signal.Trigger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.support.GenericApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Tests for {@link DrainSteps}: how the steps lead to the drain's end when another thread
 * closes the context while the drain waits.
 *
 * @author lifecycle-signals maintainers
 */
class DrainStepsTests {

	private final GenericApplicationContext context = new GenericApplicationContext();

	private final RecordingProcessExit exit = new RecordingProcessExit();

	@AfterEach
	void close() {
		this.context.close();
	}

	private GracefulDrain drain(Duration delay) {
		this.context.refresh();
		return new GracefulDrain(this.context,
				new DrainSettings(delay, Duration.ofSeconds(30), 0, 124, null, Set.of("TERM"), Duration.ZERO),
				new InFlightRequests("/actuator/health/readiness"), new DrainParticipants(Map::of), this.exit, () -> {
				}, Clock.systemUTC());
	}

	// Spring's own lifecycle processor is a singleton registered at refresh, gone once
	// the context has closed.
	@Test
	void contextClosedByAnotherThreadDuringThePreStopDelayEndsTheDrainAsThatClose() throws Exception {
		GracefulDrain drain = drain(Duration.ofMillis(500));
		drain.request(new Trigger("SIGTERM", 15), true);
		await().atMost(Duration.ofSeconds(5)).until(() -> progress(drain).step() == DrainStep.PRE_STOP_DELAY);
		// As /actuator/shutdown or the application's own code would.
		this.context.close();
		assertThat(this.exit.code(Duration.ofSeconds(10))).isZero();
		assertThat(this.exit.halted).isNotDone();
		Outcome end = progress(drain).end();
		assertThat(end).isNotNull();
		assertThat(end.result()).isEqualTo(DrainResult.CLEAN);
	}

	@Test
	void autoConfiguredDrainWhoseContextAnotherThreadClosedDuringThePreStopDelayEndsAsThatClose() {
		new ApplicationContextRunner()
			.withConfiguration(
					AutoConfigurations.of(LifecycleSignalsAutoConfiguration.class, DrainAutoConfiguration.class))
			.withBean(RecordingProcessExit.class, () -> this.exit)
			.withPropertyValues("lifecycle.drain.pre-stop-delay=500ms")
			.run((context) -> {
				GracefulDrain drain = context.getBean(GracefulDrain.class);
				drain.request(new Trigger("SIGTERM", 15), true);
				await().atMost(Duration.ofSeconds(5)).until(() -> progress(drain).step() == DrainStep.PRE_STOP_DELAY);
				// As /actuator/shutdown or the application's own code would.
				context.close();
				assertThat(this.exit.code(Duration.ofSeconds(10))).isZero();
				assertThat(this.exit.halted).isNotDone();
				Outcome end = progress(drain).end();
				assertThat(end).isNotNull();
				assertThat(end.result()).isEqualTo(DrainResult.CLEAN);
			});
	}

	private static Progress progress(GracefulDrain drain) {
		Progress progress = drain.snapshot().progress();
		assertThat(progress).isNotNull();
		return progress;
	}

}
