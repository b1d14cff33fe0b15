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
import java.util.concurrent.TimeUnit;

import io.github.lifecyclesignals.autoconfigure.LifecycleSignalsAutoConfiguration;
import io.github.lifecyclesignals.drain.DrainAutoConfiguration;
import io.github.lifecyclesignals.drain.RecordingProcessExit;
import io.github.lifecyclesignals.drain.TestRequests;
import io.github.lifecyclesignals.signal.FakeSignalRegistrar;
import io.github.lifecyclesignals.signal.SignalAutoConfiguration;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The meters over a context with the real features and a fake signal registrar: each
 * reads a feature's status when scraped.
 */
class LifecycleMetricsTests {

	private final FakeSignalRegistrar registrar = new FakeSignalRegistrar();

	private final RecordingProcessExit exit = new RecordingProcessExit();

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(LifecycleSignalsAutoConfiguration.class, SignalAutoConfiguration.class,
				DrainAutoConfiguration.class, LifecycleMetricsAutoConfiguration.class))
		.withBean(FakeSignalRegistrar.class, () -> this.registrar)
		.withBean(RecordingProcessExit.class, () -> this.exit)
		.withPropertyValues("lifecycle.signals.USR1=log-state", "lifecycle.drain.pre-stop-delay=0s");

	@Test
	void signalsAreCountedBySignalAndTheStateFollowsTheDrain() {
		this.runner.run((context) -> {
			SimpleMeterRegistry registry = bind(context);
			this.registrar.fire("USR1", 10).join();
			this.registrar.fire("USR1", 10).join();
			assertThat(registry.get("lifecycle.signals.received").tag("signal", "USR1").functionCounter().count())
				.isEqualTo(2);
			assertThat(registry.get("lifecycle.state").tag("state", "STARTING").gauge().value()).isEqualTo(1);
			this.registrar.fire("TERM", 15).join();
			// Draining, or already stopping: without a pre-stop delay the drain closes at
			// once.
			assertThat(registry.get("lifecycle.state").tag("state", "DRAINING").gauge().value()
					+ registry.get("lifecycle.state").tag("state", "STOPPING").gauge().value())
				.isEqualTo(1);
			assertThat(registry.get("lifecycle.state").tag("state", "STARTING").gauge().value()).isZero();
		});
	}

	@Test
	void inFlightGaugeCountsRequests() {
		this.runner.run((context) -> {
			SimpleMeterRegistry registry = bind(context);
			TestRequests.start(context, "GET", "/a");
			assertThat(registry.get("lifecycle.requests.inflight").gauge().value()).isEqualTo(1);
		});
	}

	@Test
	void drainIsObservedByResultAndAbandonedRequestsAreCounted() {
		SimpleMeterRegistry meters = new SimpleMeterRegistry();
		ObservationRegistry observations = ObservationRegistry.create();
		observations.observationConfig().observationHandler(new DefaultMeterObservationHandler(meters));
		this.runner.withPropertyValues("lifecycle.drain.timeout=5s", "lifecycle.drain.pre-stop-delay=1s")
			.withBean(ObservationRegistry.class, () -> observations)
			.run((context) -> {
				SimpleMeterRegistry registry = bind(context);
				assertThat(registry.get("lifecycle.drain.budget.remaining").gauge().value()).isNaN();
				TestRequests.start(context, "GET", "/stuck");
				this.registrar.fire("TERM", 15).join();
				await().atMost(Duration.ofSeconds(5))
					.until(() -> meters.find("lifecycle.drain.active").longTaskTimer() != null
							&& meters.get("lifecycle.drain.active").longTaskTimer().activeTasks() == 1);
				assertThat(registry.get("lifecycle.drain.budget.remaining").gauge().value()).isBetween(0.0, 5.0);
				assertThat(this.exit.code(Duration.ofSeconds(10))).isEqualTo(124);
				Timer drain = meters.get("lifecycle.drain")
					.tag("trigger", "SIGTERM")
					.tag("result", "timeout")
					.tag("exit.code", "124")
					.tag("error", "DrainNotCompletedException")
					.timer();
				assertThat(drain.count()).isOne();
				// The pre-stop delay, then a close that gives up on the stuck request.
				assertThat(drain.totalTime(TimeUnit.MILLISECONDS)).isBetween(1000.0, 5000.0);
				assertThat(meters.get("lifecycle.drain.active").longTaskTimer().activeTasks()).isZero();
				assertThat(meters.get("lifecycle.drain.readiness").counter().count()).isOne();
				assertThat(registry.get("lifecycle.drain.requests.abandoned").functionCounter().count()).isEqualTo(1);
				assertThat(registry.get("lifecycle.drain.budget.remaining").gauge().value()).isNaN();
			});
	}

	private static SimpleMeterRegistry bind(AssertableApplicationContext context) {
		SimpleMeterRegistry registry = new SimpleMeterRegistry();
		context.getBeansOfType(MeterBinder.class).values().forEach((binder) -> binder.bindTo(registry));
		return registry;
	}

}
