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
import java.util.Set;

import io.github.lifecyclesignals.autoconfigure.LifecycleSignalsAutoConfiguration;
import io.github.lifecyclesignals.signal.Trigger;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.availability.ApplicationAvailabilityAutoConfiguration;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.support.AbstractApplicationContext;
import org.springframework.context.support.DefaultLifecycleProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.Mockito.mock;

class DrainAutoConfigurationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(LifecycleSignalsAutoConfiguration.class, DrainAutoConfiguration.class))
		.withBean(RecordingProcessExit.class, RecordingProcessExit::new);

	@Test
	void withoutAWebServerThePreStopDelayDefaultsToZero() {
		this.runner.run((context) -> {
			assertThat(context).hasSingleBean(GracefulDrain.class);
			assertThat(context.getBean(DrainSettings.class)).isEqualTo(new DrainSettings(Duration.ZERO,
					Duration.ofSeconds(30), 0, 124, null, Set.of("TERM", "INT"), Duration.ofSeconds(1)));
			assertThat(context).doesNotHaveBean(InFlightServletFilter.class);
		});
	}

	@Test
	void configuredSettingsAreUsed() {
		this.runner
			.withPropertyValues("lifecycle.drain.pre-stop-delay=3s", "lifecycle.drain.timeout=20s",
					"lifecycle.drain.exit-code=3", "lifecycle.drain.timeout-exit-code=4")
			.run((context) -> assertThat(context.getBean(DrainSettings.class))
				.isEqualTo(new DrainSettings(Duration.ofSeconds(3), Duration.ofSeconds(20), 3, 4, null,
						Set.of("TERM", "INT"), Duration.ofSeconds(1))));
	}

	@Test
	void preStopDelayNotShorterThanTheBudgetFailsStartup() {
		this.runner.withPropertyValues("lifecycle.drain.pre-stop-delay=30s", "lifecycle.drain.timeout=30s")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.isInstanceOf(InvalidConfigurationPropertyValueException.class)
				.hasMessageContaining("lifecycle.drain.pre-stop-delay")
				.hasMessageContaining("must be shorter than lifecycle.drain.timeout"));
	}

	@Test
	void exitCodeOutsideEightBitsFailsStartup() {
		this.runner.withPropertyValues("lifecycle.drain.timeout-exit-code=300")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("lifecycle.drain.timeout-exit-code"));
	}

	@Test
	void servletApplicationTracksRequestsWithAFilter() {
		new WebApplicationContextRunner()
			.withConfiguration(
					AutoConfigurations.of(LifecycleSignalsAutoConfiguration.class, DrainAutoConfiguration.class))
			.run((context) -> {
				assertThat(context).hasSingleBean(InFlightServletFilter.class);
				assertThat(context).doesNotHaveBean(InFlightWebFilter.class);
				assertThat(context).hasBean("lifecycleSignalsEnteringGracefulShutdown")
					.hasBean("lifecycleSignalsLeftGracefulShutdown")
					.doesNotHaveBean("lifecycleSignalsPreStopDelayOnAnyClose");
			});
	}

	@Test
	void applicationWithoutTheWebServerModuleStillDrains() {
		// WebServerApplicationContext's package on Boot 4, and on Boot 3: this test runs
		// in both editions.
		this.runner
			.withClassLoader(new FilteredClassLoader("org.springframework.boot.web.server.context",
					"org.springframework.boot.web.context"))
			.run((context) -> {
				assertThat(context).hasSingleBean(GracefulDrain.class);
				assertThat(context.getBean(DrainSettings.class).preStopDelay()).isZero();
			});
	}

	@Test
	void delayOnAnyCloseIsOptIn() {
		new WebApplicationContextRunner()
			.withConfiguration(
					AutoConfigurations.of(LifecycleSignalsAutoConfiguration.class, DrainAutoConfiguration.class))
			.withPropertyValues("lifecycle.drain.delay-on-any-close=true")
			.run((context) -> assertThat(context).hasBean("lifecycleSignalsPreStopDelayOnAnyClose"));
	}

	@Test
	void reactiveApplicationTracksRequestsWithAWebFilter() {
		new ReactiveWebApplicationContextRunner()
			.withConfiguration(
					AutoConfigurations.of(LifecycleSignalsAutoConfiguration.class, DrainAutoConfiguration.class))
			.run((context) -> {
				assertThat(context).hasSingleBean(InFlightWebFilter.class);
				assertThat(context).doesNotHaveBean(InFlightServletFilter.class);
			});
	}

	@Test
	void readinessSetToAcceptingDuringADrainIsRefusedAgainBeforeThePublishReturns() {
		// The drain outlives the test until its delay ends: a short one (other tests look
		// for the drain's thread by name).
		this.runner.withConfiguration(AutoConfigurations.of(ApplicationAvailabilityAutoConfiguration.class))
			.withPropertyValues("lifecycle.drain.pre-stop-delay=5s", "lifecycle.drain.timeout=60s")
			.run((context) -> {
				ApplicationAvailability availability = context.getBean(ApplicationAvailability.class);
				context.getBean(GracefulDrain.class).request(Trigger.ACTUATOR, true);
				await().atMost(Duration.ofSeconds(5))
					.until(() -> availability.getReadinessState() == ReadinessState.REFUSING_TRAFFIC);
				AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
				assertThat(availability.getReadinessState()).isEqualTo(ReadinessState.REFUSING_TRAFFIC);
			});
	}

	@Test
	void escalateOnTakesSignalNamesInAnySpelling() {
		this.runner.withPropertyValues("lifecycle.drain.escalate-on=sigint, Term")
			.run((context) -> assertThat(context.getBean(DrainSettings.class).escalateOn()).containsExactly("INT",
					"TERM"));
	}

	@Test
	void escalateOnWithAnUnknownSignalFailsStartup() {
		this.runner.withPropertyValues("lifecycle.drain.escalate-on=TERM,TREM")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.isInstanceOf(InvalidConfigurationPropertyValueException.class)
				.hasMessageContaining("lifecycle.drain.escalate-on")
				.hasMessageContaining("not a signal name"));
	}

	@Test
	void budgetOfAMillionDaysIsAccepted() {
		this.runner.withPropertyValues("lifecycle.drain.timeout=1000000d")
			.run((context) -> assertThat(context.getBean(DrainSettings.class).timeout())
				.isEqualTo(Duration.ofDays(1_000_000)));
	}

	@Test
	void userProcessExitIsUsed() {
		ProcessExit mine = mock(ProcessExit.class);
		new ApplicationContextRunner()
			.withConfiguration(
					AutoConfigurations.of(LifecycleSignalsAutoConfiguration.class, DrainAutoConfiguration.class))
			.withBean("mine", ProcessExit.class, () -> mine)
			.run((context) -> assertThat(context).getBean(ProcessExit.class).isSameAs(mine));
	}

	@Test
	void aBeanThatAShutdownPhaseLeftRunningIsAbandonedAndTheDrainIsNotClean() throws Exception {
		RecordingProcessExit exit = new RecordingProcessExit();
		new ApplicationContextRunner()
			.withConfiguration(
					AutoConfigurations.of(LifecycleSignalsAutoConfiguration.class, DrainAutoConfiguration.class))
			.withBean(RecordingProcessExit.class, () -> exit)
			.withBean("stuck", SmartLifecycle.class, NeverReportsBack::new)
			.withPropertyValues("spring.lifecycle.timeout-per-shutdown-phase=300ms", "lifecycle.drain.timeout=20s")
			.run((context) -> {
				GracefulDrain drain = context.getBean(GracefulDrain.class);
				drain.request(new Trigger("SIGTERM", 15), true);
				assertThat(exit.code(Duration.ofSeconds(15))).isEqualTo(124);
				DrainSnapshot.Outcome end = drain.snapshot().progress().end();
				assertThat(end.result()).isEqualTo(DrainResult.TIMEOUT);
				assertThat(end.abandonedParticipants())
					.containsExactly("bean 'stuck' (still stopping after its shutdown phase's timeout)");
				assertThat(end.abandonedRequests()).isEmpty();
			});
	}

	@Test
	void aBeanThatReportsBackInTimeLeavesTheDrainClean() throws Exception {
		RecordingProcessExit exit = new RecordingProcessExit();
		new ApplicationContextRunner()
			.withConfiguration(
					AutoConfigurations.of(LifecycleSignalsAutoConfiguration.class, DrainAutoConfiguration.class))
			.withBean(RecordingProcessExit.class, () -> exit)
			.withBean("quick", SmartLifecycle.class, ReportsBack::new)
			.withPropertyValues("spring.lifecycle.timeout-per-shutdown-phase=5s")
			.run((context) -> {
				GracefulDrain drain = context.getBean(GracefulDrain.class);
				drain.request(new Trigger("SIGTERM", 15), true);
				assertThat(exit.code(Duration.ofSeconds(15))).isZero();
				assertThat(drain.snapshot().progress().end().result()).isEqualTo(DrainResult.CLEAN);
			});
	}

	@Test
	void anApplicationsOwnLifecycleProcessorIsKept() {
		this.runner
			.withBean(AbstractApplicationContext.LIFECYCLE_PROCESSOR_BEAN_NAME, DefaultLifecycleProcessor.class,
					DefaultLifecycleProcessor::new)
			.run((context) -> assertThat(context.getBean(AbstractApplicationContext.LIFECYCLE_PROCESSOR_BEAN_NAME))
				.isExactlyInstanceOf(DefaultLifecycleProcessor.class));
	}

	static class NeverReportsBack implements SmartLifecycle {

		private volatile boolean running;

		@Override
		public void start() {
			this.running = true;
		}

		@Override
		public void stop() {
		}

		@Override
		public void stop(Runnable callback) {
			// Never calls back: a container finishing a batch longer than the phase.
		}

		@Override
		public boolean isRunning() {
			return this.running;
		}

	}

	static class ReportsBack extends NeverReportsBack {

		@Override
		public void stop(Runnable callback) {
			callback.run();
		}

	}

}
