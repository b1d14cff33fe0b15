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

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

import io.github.lifecyclesignals.autoconfigure.LifecycleSignalsAutoConfiguration;
import io.github.lifecyclesignals.drain.DrainAutoConfiguration;
import io.github.lifecyclesignals.drain.RecordingProcessExit;
import io.github.lifecyclesignals.internal.BuiltInAction;
import io.github.lifecyclesignals.internal.DrainInProgress;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

class SignalAutoConfigurationTests {

	private final FakeSignalRegistrar registrar = new FakeSignalRegistrar(Set.of("QUIT"), Set.of("HUP"));

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(LifecycleSignalsAutoConfiguration.class, SignalAutoConfiguration.class,
				DrainAutoConfiguration.class))
		.withBean(SignalRegistrar.class, () -> this.registrar)
		.withBean(RecordingProcessExit.class, RecordingProcessExit::new);

	@Test
	void defaultsBindTermAndIntAndLeaveHupToTheJvmWithoutRefresh() {
		this.runner.run((context) -> {
			assertThat(context).hasSingleBean(SignalBindingLifecycle.class);
			assertThat(history(context).bindingsNow())
				.extracting(SignalBinding::signal, SignalBinding::action, SignalBinding::status)
				.containsExactly(tuple("TERM", "drain", BindingStatus.BOUND), tuple("INT", "stop", BindingStatus.BOUND),
						tuple("HUP", "refresh", BindingStatus.DEFAULT));
			assertThat(this.registrar.isBound("TERM")).isTrue();
			assertThat(this.registrar.isBound("HUP")).isFalse();
		});
	}

	@Test
	void closingTheContextReleasesTheHandlersAndSaysSo() {
		AtomicReference<SignalHistory> history = new AtomicReference<>();
		this.runner.run((context) -> {
			assertThat(this.registrar.isBound("TERM")).isTrue();
			history.set(history(context));
		});
		assertThat(this.registrar.isBound("TERM")).isFalse();
		assertThat(history.get().bindingsNow()).filteredOn((binding) -> binding.signal().equals("TERM"))
			.singleElement()
			.satisfies((binding) -> {
				assertThat(binding.status()).isEqualTo(BindingStatus.DEFAULT);
				assertThat(binding.reason()).isEqualTo("handed back when the application stopped");
			});
	}

	@Test
	void stoppingAndRestartingTheContextAsACracCheckpointDoesBindsAgain() {
		this.runner.withPropertyValues("lifecycle.signals.USR1=rotateLogs")
			.withBean("rotateLogs", SignalAction.class, () -> (signal) -> "rotated")
			.run((context) -> {
				ConfigurableApplicationContext source = context.getSourceApplicationContext();
				source.stop();
				assertThat(this.registrar.isBound("TERM")).isFalse();
				source.start();
				assertThat(this.registrar.isBound("TERM")).isTrue();
				this.registrar.fire("USR1", 10);
				assertThat(awaitRecords(context, 1).get(0).outcome()).isEqualTo("rotated");
			});
	}

	@Test
	void offSwitchConfiguresNothing() {
		this.runner.withPropertyValues("lifecycle.enabled=false").run((context) -> {
			assertThat(context).doesNotHaveBean(SignalHistory.class);
			assertThat(context).doesNotHaveBean(SignalBindingLifecycle.class);
			assertThat(this.registrar.isBound("TERM")).isFalse();
		});
	}

	@Test
	void realRegistrarIsTheDefault() {
		new ApplicationContextRunner()
			.withConfiguration(
					AutoConfigurations.of(LifecycleSignalsAutoConfiguration.class, SignalAutoConfiguration.class))
			.withPropertyValues("lifecycle.signals.TERM=default", "lifecycle.signals.INT=default")
			.run((context) -> assertThat(context).getBean(SignalRegistrar.class)
				.isInstanceOf(SunMiscSignalRegistrar.class));
	}

	@Test
	void userActionRunsOnALaneOfItsOwnWhenItsSignalArrives() {
		this.runner.withPropertyValues("lifecycle.signals.USR1=rotateLogs")
			.withBean("rotateLogs", SignalAction.class,
					() -> (signal) -> "rotated on " + Thread.currentThread().getName())
			.run((context) -> {
				this.registrar.fire("USR1", 10);
				SignalRecord record = awaitRecords(context, 1).get(0);
				assertThat(record.trigger()).isEqualTo("SIGUSR1");
				assertThat(record.outcome()).startsWith("rotated on lifecycle-signals-action-");
				assertThat(history(context).receivedCount("USR1")).isEqualTo(1);
			});
	}

	@Test
	void failingActionIsRecordedWithoutItsMessageAndLaterSignalsAreHandled() {
		this.runner.withPropertyValues("lifecycle.signals.USR2=broken", "lifecycle.signals.USR1=log-state")
			.withBean("broken", SignalAction.class, () -> (signal) -> {
				throw new IllegalStateException("secret=hunter2");
			})
			.run((context) -> {
				this.registrar.fire("USR2", 12).join();
				await().atMost(Duration.ofSeconds(5)).until(() -> history(context).recent().size() == 1);
				this.registrar.fire("USR1", 10).join();
				assertThat(awaitRecords(context, 2)).extracting(SignalRecord::outcome)
					.containsExactly("state logged", "failed: IllegalStateException");
			});
	}

	@Test
	void userActionThatNeverReturnsIsReportedAndDoesNotHoldUpTheNextOneOrADrain() {
		CountDownLatch never = new CountDownLatch(1);
		this.runner
			.withPropertyValues("lifecycle.signals.USR1=stuck", "lifecycle.action-timeout=200ms",
					"lifecycle.drain.pre-stop-delay=10s")
			.withBean("stuck", SignalAction.class, () -> (signal) -> {
				never.await();
				return "never";
			})
			.run((context) -> {
				this.registrar.fire("USR1", 10);
				assertThat(awaitRecords(context, 1).get(0).outcome()).isEqualTo("timed out after 200ms, still running");
				this.registrar.fire("USR1", 10);
				this.registrar.fire("TERM", 15).join();
				// The drain started on TERM's own thread, behind no user action.
				assertThat(context.getBean(DrainInProgress.class).isUnderWay()).isTrue();
				never.countDown();
			});
	}

	@Test
	void explicitlyMappedSignalTheVmReservesFailsStartup() {
		this.runner.withPropertyValues("lifecycle.signals.QUIT=log-state")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.isInstanceOf(InvalidConfigurationPropertyValueException.class)
				.hasMessageContaining("lifecycle.signals.QUIT")
				.hasMessageContaining("SIGQUIT is reserved by the fake; map the action to a free signal such as USR1"));
		assertThat(this.registrar.isBound("TERM")).isFalse();
	}

	@Test
	void signalIgnoredSinceLaunchIsReportedAsIgnoredNotBound() {
		this.runner.withPropertyValues("lifecycle.signals.HUP=log-state").run((context) -> {
			SignalBinding hup = binding(context, "HUP");
			assertThat(hup.status()).isEqualTo(BindingStatus.IGNORED);
			assertThat(hup.receiving()).isFalse();
			assertThat(hup.reason()).isEqualTo("SIGHUP was ignored at launch (fake)");
		});
	}

	@Test
	void endpointRequestEntersThroughTheDispatcherWithTriggerActuator() {
		this.runner.run((context) -> {
			String outcome = context.getBean(SignalDispatcher.class).trigger(BuiltInAction.LOG_STATE);
			assertThat(outcome).isEqualTo("state logged");
			assertThat(history(context).recent()).extracting(SignalRecord::trigger, SignalRecord::action)
				.containsExactly(tuple("actuator", "log-state"));
		});
	}

	@Test
	void unknownSignalNameFailsStartupNamingTheProperty() {
		this.runner.withPropertyValues("lifecycle.signals.TREM=drain")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.isInstanceOf(InvalidConfigurationPropertyValueException.class)
				.hasMessageContaining("lifecycle.signals.TREM")
				.hasMessageContaining("'TREM' is not a signal name"));
	}

	@Test
	void unknownActionFailsStartupListingTheValidOnes() {
		this.runner.withPropertyValues("lifecycle.signals.USR1=reload")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("no action has that name; use one of default, drain, ignore, log-state, stop"));
	}

	@Test
	void nonPositiveActionTimeoutFailsStartup() {
		this.runner.withPropertyValues("lifecycle.action-timeout=0s")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.isInstanceOf(InvalidConfigurationPropertyValueException.class)
				.hasMessageContaining("lifecycle.action-timeout"));
	}

	private static SignalHistory history(AssertableApplicationContext context) {
		return context.getBean(SignalHistory.class);
	}

	private static SignalBinding binding(AssertableApplicationContext context, String signal) {
		return history(context).bindingsNow()
			.stream()
			.filter((binding) -> binding.signal().equals(signal))
			.findFirst()
			.orElseThrow();
	}

	private static java.util.List<SignalRecord> awaitRecords(AssertableApplicationContext context, int count) {
		await().atMost(Duration.ofSeconds(5)).until(() -> history(context).recent().size() >= count);
		return history(context).recent();
	}

}
