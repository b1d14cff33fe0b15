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

package io.github.lifecyclesignals.metrics;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import io.github.lifecyclesignals.state.DrainResult;
import io.github.lifecyclesignals.state.LifecyclePhase;
import io.github.lifecyclesignals.state.LifecycleState;
import io.github.lifecyclesignals.state.RefreshOutcome;
import io.github.lifecyclesignals.state.RefreshRecord;
import io.github.lifecyclesignals.state.SignalRecord;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LifecycleMetricsTests {

	private final LifecycleState state = new LifecycleState();

	private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

	LifecycleMetricsTests() {
		new LifecycleMetrics(this.state).bindTo(this.registry);
	}

	@Test
	void stateGaugesFollowThePhase() {
		this.state.moveTo(LifecyclePhase.DRAINING);
		assertThat(this.registry.get("lifecycle.state").tag("state", "DRAINING").gauge().value()).isEqualTo(1);
		assertThat(this.registry.get("lifecycle.state").tag("state", "STARTING").gauge().value()).isZero();
	}

	@Test
	void signalsAreCountedBySignal() {
		this.state.recordSignal(new SignalRecord("HUP", Instant.now(), "refresh", "refresh started"));
		this.state.recordSignal(new SignalRecord("HUP", Instant.now(), "refresh", "coalesced"));
		assertThat(this.registry.get("lifecycle.signals.received").tag("signal", "HUP").counter().count()).isEqualTo(2);
	}

	@Test
	void inFlightGaugeCountsRequests() {
		this.state.requests().started("GET", "/a");
		assertThat(this.registry.get("lifecycle.requests.inflight").gauge().value()).isEqualTo(1);
	}

	@Test
	void drainIsTimedByResultAndAbandonedRequestsAreCounted() {
		this.state.drainStarted("SIGTERM", Duration.ofSeconds(30), "readiness");
		this.state.drainEnded(DrainResult.TIMEOUT, 124, 2);
		assertThat(this.registry.get("lifecycle.drain").tag("result", "timeout").timer().count()).isEqualTo(1);
		assertThat(this.registry.get("lifecycle.drain.requests.abandoned").counter().count()).isEqualTo(2);
	}

	@Test
	void refreshIsTimedByOutcome() {
		this.state.recordRefresh(new RefreshRecord(Instant.now(), "SIGHUP", RefreshOutcome.REJECTED, Set.of(),
				"orders.max-quantity: must be less than or equal to 10000", Duration.ofMillis(40)));
		assertThat(this.registry.get("lifecycle.refresh").tag("outcome", "rejected").timer().count()).isEqualTo(1);
	}

}
