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

package io.github.lifecyclesignals.refresh;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import io.github.lifecyclesignals.signal.Trigger;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Each refresh as an observation: its trigger and outcome as key values, an error only
 * where applying failed, nothing of the configuration.
 */
class ObservedRefreshTests {

	private static final Trigger SIGHUP = new Trigger("SIGHUP", 1);

	private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

	private final ObservationRegistry registry = ObservationRegistry.create();

	ObservedRefreshTests() {
		this.registry.observationConfig().observationHandler(new DefaultMeterObservationHandler(this.meters));
	}

	@Test
	void appliedRefreshIsTimedByTriggerAndOutcome() {
		new ObservedRefresh((trigger) -> record(RefreshOutcome.APPLIED, "secret-value"), this.registry).apply(SIGHUP);
		Timer timer = this.meters.get(ObservedRefresh.NAME)
			.tag("trigger", "SIGHUP")
			.tag("outcome", "applied")
			.tag("error", "none")
			.timer();
		assertThat(timer.count()).isOne();
	}

	@Test
	void rejectedRefreshIsNoError() {
		new ObservedRefresh((trigger) -> record(RefreshOutcome.REJECTED, "secret-value"), this.registry).apply(SIGHUP);
		assertThat(
				this.meters.get(ObservedRefresh.NAME).tag("outcome", "rejected").tag("error", "none").timer().count())
			.isOne();
	}

	@Test
	void failedRefreshCarriesAnErrorThatNamesNoValue() {
		RecordingHandler handler = new RecordingHandler();
		this.registry.observationConfig().observationHandler(handler);
		new ObservedRefresh((trigger) -> record(RefreshOutcome.FAILED, "secret-value"), this.registry).apply(SIGHUP);
		assertThat(this.meters.get(ObservedRefresh.NAME)
			.tag("outcome", "failed")
			.tag("error", "RefreshFailedException")
			.timer()
			.count()).isOne();
		assertThat(handler.context).isNotNull();
		assertThat(handler.context.getError()).hasMessageNotContaining("secret-value");
		assertThat(handler.context.getLowCardinalityKeyValues().stream().map((keyValue) -> keyValue.getValue()))
			.noneMatch((value) -> value.contains("secret"));
	}

	@Test
	void refreshThatThrowsIsRecordedAsFailedAndRethrown() {
		ObservedRefresh refresh = new ObservedRefresh((trigger) -> {
			throw new IllegalStateException("boom");
		}, this.registry);
		assertThatIllegalStateException().isThrownBy(() -> refresh.apply(SIGHUP));
		assertThat(this.meters.get(ObservedRefresh.NAME)
			.tag("outcome", "failed")
			.tag("error", "IllegalStateException")
			.timer()
			.count()).isOne();
		assertThat(this.meters.get(ObservedRefresh.NAME + ".active").longTaskTimer().activeTasks()).isZero();
	}

	private static RefreshRecord record(RefreshOutcome outcome, String reason) {
		return new RefreshRecord(Instant.now(), "SIGHUP", outcome, Set.of("app.greeting"), KeyClassification.NONE,
				reason, Duration.ofMillis(5));
	}

	static final class RecordingHandler implements ObservationHandler<Observation.Context> {

		private Observation.Context context;

		@Override
		public void onStop(Observation.Context context) {
			this.context = context;
		}

		@Override
		public boolean supportsContext(Observation.Context context) {
			return true;
		}

	}

}
