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

package io.github.lifecyclesignals.autoconfigure.signal;

import java.time.Duration;

import io.github.lifecyclesignals.autoconfigure.LifecycleAutoConfiguration;
import io.github.lifecyclesignals.autoconfigure.drain.DrainAutoConfiguration;
import io.github.lifecyclesignals.drain.ProcessExit;
import io.github.lifecyclesignals.signal.FakeSignalRegistrar;
import io.github.lifecyclesignals.signal.InvalidSignalConfigurationException;
import io.github.lifecyclesignals.signal.SignalAction;
import io.github.lifecyclesignals.signal.SignalBindingLifecycle;
import io.github.lifecyclesignals.signal.SignalRegistrar;
import io.github.lifecyclesignals.signal.SunMiscSignalRegistrar;
import io.github.lifecyclesignals.state.BindingStatus;
import io.github.lifecyclesignals.state.LifecycleState;
import io.github.lifecyclesignals.state.SignalBinding;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;
import static org.mockito.Mockito.mock;

class SignalAutoConfigurationTests {

	private final FakeSignalRegistrar registrar = new FakeSignalRegistrar("QUIT");

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(LifecycleAutoConfiguration.class, SignalAutoConfiguration.class,
				DrainAutoConfiguration.class))
		.withBean(SignalRegistrar.class, () -> this.registrar)
		.withBean(ProcessExit.class, () -> mock(ProcessExit.class));

	@Test
	void defaultsBindTermAndIntAndLeaveHupToTheJvmWithoutRefresh() {
		this.runner.run((context) -> {
			assertThat(context).hasSingleBean(SignalBindingLifecycle.class);
			assertThat(context.getBean(LifecycleState.class).bindings())
				.extracting(SignalBinding::signal, SignalBinding::action, SignalBinding::status)
				.containsExactly(tuple("TERM", "drain", BindingStatus.BOUND), tuple("INT", "stop", BindingStatus.BOUND),
						tuple("HUP", "refresh", BindingStatus.DEFAULT));
			assertThat(this.registrar.isBound("TERM")).isTrue();
			assertThat(this.registrar.isBound("HUP")).isFalse();
		});
	}

	@Test
	void closingTheContextRestoresTheHandlers() {
		this.runner.run((context) -> assertThat(this.registrar.isBound("TERM")).isTrue());
		assertThat(this.registrar.isBound("TERM")).isFalse();
	}

	@Test
	void offSwitchConfiguresNothing() {
		this.runner.withPropertyValues("lifecycle.enabled=false").run((context) -> {
			assertThat(context).doesNotHaveBean(LifecycleState.class);
			assertThat(context).doesNotHaveBean(SignalBindingLifecycle.class);
			assertThat(this.registrar.isBound("TERM")).isFalse();
		});
	}

	@Test
	void realRegistrarIsTheDefault() {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(LifecycleAutoConfiguration.class, SignalAutoConfiguration.class))
			.withPropertyValues("lifecycle.signals.TERM=default", "lifecycle.signals.INT=default")
			.run((context) -> assertThat(context).getBean(SignalRegistrar.class)
				.isInstanceOf(SunMiscSignalRegistrar.class));
	}

	@Test
	void userActionBeanIsRunOnTheDispatcherWhenItsSignalArrives() {
		this.runner.withPropertyValues("lifecycle.signals.USR2=rotateLogs")
			.withBean("rotateLogs", SignalAction.class,
					() -> (signal) -> "rotated on " + Thread.currentThread().getName())
			.run((context) -> {
				this.registrar.fire("USR2", 12);
				LifecycleState state = context.getBean(LifecycleState.class);
				await().atMost(Duration.ofSeconds(5)).until(() -> !state.recentSignals().isEmpty());
				assertThat(state.recentSignals().get(0).outcome()).isEqualTo("rotated on lifecycle-signals");
			});
	}

	@Test
	void failingActionIsRecordedAndTheDispatcherKeepsWorking() {
		this.runner.withPropertyValues("lifecycle.signals.USR2=broken", "lifecycle.signals.USR1=log-state")
			.withBean("broken", SignalAction.class, () -> (signal) -> {
				throw new IllegalStateException("boom");
			})
			.run((context) -> {
				LifecycleState state = context.getBean(LifecycleState.class);
				this.registrar.fire("USR2", 12);
				this.registrar.fire("USR1", 10);
				await().atMost(Duration.ofSeconds(5)).until(() -> state.recentSignals().size() == 2);
				assertThat(state.recentSignals()).extracting("outcome")
					.containsExactly("failed: java.lang.IllegalStateException: boom", "state logged");
			});
	}

	@Test
	void refusedSignalIsReportedWithItsReason() {
		this.runner.withPropertyValues("lifecycle.signals.QUIT=log-state").run((context) -> {
			SignalBinding quit = context.getBean(LifecycleState.class)
				.bindings()
				.stream()
				.filter((binding) -> binding.signal().equals("QUIT"))
				.findFirst()
				.orElseThrow();
			assertThat(quit.status()).isEqualTo(BindingStatus.REFUSED);
			assertThat(quit.reason()).isEqualTo("refused by the fake");
		});
	}

	@Test
	void unknownSignalNameFailsStartup() {
		this.runner.withPropertyValues("lifecycle.signals.TREM=drain")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.isInstanceOf(InvalidSignalConfigurationException.class)
				.hasMessageContaining("'TREM' is not a signal name"));
	}

	@Test
	void userDefinedBindingLifecycleBacksOff() {
		SignalBindingLifecycle mine = mock(SignalBindingLifecycle.class);
		this.runner.withBean(SignalBindingLifecycle.class, () -> mine)
			.run((context) -> assertThat(context).getBean(SignalBindingLifecycle.class).isSameAs(mine));
	}

}
