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

import java.time.Duration;

import io.github.lifecyclesignals.autoconfigure.LifecycleAutoConfiguration;
import io.github.lifecyclesignals.autoconfigure.drain.DrainAutoConfiguration;
import io.github.lifecyclesignals.autoconfigure.signal.SignalAutoConfiguration;
import io.github.lifecyclesignals.drain.InFlightRequests;
import io.github.lifecyclesignals.drain.ProcessExit;
import io.github.lifecyclesignals.signal.BuiltInAction;
import io.github.lifecyclesignals.signal.FakeSignalRegistrar;
import io.github.lifecyclesignals.signal.SignalDispatcher;
import io.github.lifecyclesignals.signal.SignalRegistrar;
import io.github.lifecyclesignals.status.LifecycleStatus;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;
import static org.mockito.Mockito.mock;

/**
 * The endpoint over a context with the real features and a fake signal registrar.
 */
class LifecycleEndpointTests {

	private final FakeSignalRegistrar registrar = new FakeSignalRegistrar("QUIT");

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(LifecycleAutoConfiguration.class, SignalAutoConfiguration.class,
				DrainAutoConfiguration.class))
		.withBean(SignalRegistrar.class, () -> this.registrar)
		.withBean(ProcessExit.class, () -> mock(ProcessExit.class))
		.withPropertyValues("lifecycle.signals.USR1=log-state", "lifecycle.drain.pre-stop-delay=30s",
				"lifecycle.drain.timeout=60s");

	@Test
	void describesBindingsAndHandledSignalsNewestFirst() {
		this.runner.run((context) -> {
			this.registrar.fire("USR1", 10).join();
			context.getBean(SignalDispatcher.class).trigger(BuiltInAction.LOG_STATE);
			LifecycleDescriptor descriptor = endpoint(context).lifecycle();
			assertThat(descriptor.state()).isEqualTo("STARTING");
			assertThat(descriptor.signals().bindings())
				.extracting(LifecycleDescriptor.Binding::signal, LifecycleDescriptor.Binding::bound,
						LifecycleDescriptor.Binding::status)
				.containsExactly(tuple("TERM", true, "BOUND"), tuple("INT", true, "BOUND"),
						tuple("HUP", false, "DEFAULT"), tuple("USR1", true, "BOUND"));
			assertThat(descriptor.signals().recent()).extracting(LifecycleDescriptor.Received::trigger)
				.containsExactly("actuator", "SIGUSR1");
			assertThat(descriptor.signals().received()).containsEntry("USR1", 1L);
			assertThat(descriptor.refresh()).isNull();
			assertThat(descriptor.drain().trigger()).isNull();
		});
	}

	@Test
	void drainInProgressShowsTriggerStepAndInFlightRequests() {
		this.runner.run((context) -> {
			context.getBean(InFlightRequests.class).started("POST", "/orders", "/orders");
			assertThat(endpoint(context).trigger(LifecycleEndpoint.Operation.DRAIN)).containsEntry("action", "drain")
				.hasEntrySatisfying("outcome", (outcome) -> assertThat(outcome).startsWith("drain started"));
			await().atMost(Duration.ofSeconds(5))
				.until(() -> "pre-stop-delay".equals(endpoint(context).lifecycle().drain().step()));
			LifecycleDescriptor descriptor = endpoint(context).lifecycle();
			assertThat(descriptor.state()).isEqualTo("DRAINING");
			LifecycleDescriptor.Drain drain = descriptor.drain();
			assertThat(drain.trigger()).isEqualTo("actuator");
			assertThat(drain.inFlight()).isEqualTo(1);
			assertThat(drain.timeLeftMillis()).isBetween(1L, 60_000L);
			assertThat(drain.escalateOn()).containsExactly("TERM", "INT");
			assertThat(drain.result()).isNull();
			assertThat(endpoint(context).trigger(LifecycleEndpoint.Operation.DRAIN)).containsEntry("outcome",
					"drain already under way");
		});
	}

	@Test
	void writeOperationSaysWhenAFeatureIsNotAvailable() {
		this.runner.run((context) -> assertThat(endpoint(context).trigger(LifecycleEndpoint.Operation.REFRESH))
			.containsEntry("outcome",
					"not available: needs spring-cloud-context on the class path and lifecycle.refresh.enabled"));
	}

	private static LifecycleEndpoint endpoint(AssertableApplicationContext context) {
		return new LifecycleEndpoint(context.getBean(LifecycleStatus.class), context.getBean(SignalDispatcher.class));
	}

}
