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
import java.util.Map;

import io.github.lifecyclesignals.autoconfigure.LifecycleSignalsAutoConfiguration;
import io.github.lifecyclesignals.drain.DrainAutoConfiguration;
import io.github.lifecyclesignals.drain.DrainDescription;
import io.github.lifecyclesignals.drain.RecordingProcessExit;
import io.github.lifecyclesignals.drain.TestRequests;
import io.github.lifecyclesignals.internal.ActionTrigger;
import io.github.lifecyclesignals.internal.BuiltInAction;
import io.github.lifecyclesignals.internal.LifecycleStatus;
import io.github.lifecyclesignals.signal.FakeSignalRegistrar;
import io.github.lifecyclesignals.signal.SignalAutoConfiguration;
import io.github.lifecyclesignals.signal.SignalsDescription;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

/**
 * The endpoint over a context with the real features and a fake signal registrar.
 */
class LifecycleEndpointTests {

	private final FakeSignalRegistrar registrar = new FakeSignalRegistrar("QUIT");

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(LifecycleSignalsAutoConfiguration.class, SignalAutoConfiguration.class,
				DrainAutoConfiguration.class))
		.withBean(FakeSignalRegistrar.class, () -> this.registrar)
		.withBean(RecordingProcessExit.class, RecordingProcessExit::new)
		// A drain started here outlives its test until its delay ends (the context is
		// closed by then): a short one, since other tests in this JVM look for the
		// drain's thread by name.
		.withPropertyValues("lifecycle.signals.USR1=log-state", "lifecycle.drain.pre-stop-delay=5s",
				"lifecycle.drain.timeout=60s");

	@Test
	void describesBindingsAndHandledSignalsNewestFirst() {
		this.runner.run((context) -> {
			this.registrar.fire("USR1", 10).join();
			context.getBean(ActionTrigger.class).trigger(BuiltInAction.LOG_STATE);
			Map<String, @Nullable Object> descriptor = endpoint(context).lifecycle();
			assertThat(descriptor.get("state")).isEqualTo("STARTING");
			SignalsDescription signals = (SignalsDescription) descriptor.get("signals");
			assertThat(signals.bindings())
				.extracting(SignalsDescription.Binding::signal, SignalsDescription.Binding::bound,
						SignalsDescription.Binding::status)
				.containsExactly(tuple("TERM", true, "BOUND"), tuple("INT", true, "BOUND"),
						tuple("HUP", false, "DEFAULT"), tuple("USR1", true, "BOUND"));
			assertThat(signals.recent()).extracting(SignalsDescription.Handled::trigger)
				.containsExactly("actuator", "SIGUSR1");
			assertThat(signals.received()).containsEntry("USR1", 1L);
			assertThat(descriptor).doesNotContainKeys("refresh", "restartRequired", "connections");
			assertThat(drain(context).trigger()).isNull();
		});
	}

	@Test
	void drainInProgressShowsTriggerStepAndInFlightRequests() {
		this.runner.run((context) -> {
			TestRequests.start(context, "POST", "/orders");
			assertThat(endpoint(context).trigger(LifecycleEndpoint.Operation.DRAIN)).containsEntry("action", "drain")
				.hasEntrySatisfying("outcome", (outcome) -> assertThat(outcome).startsWith("drain started"));
			await().atMost(Duration.ofSeconds(5)).until(() -> "pre-stop-delay".equals(drain(context).step()));
			assertThat(endpoint(context).lifecycle().get("state")).isEqualTo("DRAINING");
			DrainDescription drain = drain(context);
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
			.containsEntry("outcome", "not available: needs lifecycle-signals-spring-boot-refresh (and"
					+ " spring-cloud-context) on the class path and lifecycle.refresh.enabled"));
	}

	private static DrainDescription drain(AssertableApplicationContext context) {
		return (DrainDescription) endpoint(context).lifecycle().get("drain");
	}

	private static LifecycleEndpoint endpoint(AssertableApplicationContext context) {
		return new LifecycleEndpoint(context.getBean(LifecycleStatus.class), context.getBean(ActionTrigger.class));
	}

}
