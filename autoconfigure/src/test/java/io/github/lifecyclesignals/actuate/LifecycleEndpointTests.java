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
import java.time.Instant;
import java.util.List;
import java.util.Set;

import io.github.lifecyclesignals.state.BindingStatus;
import io.github.lifecyclesignals.state.LifecycleState;
import io.github.lifecyclesignals.state.RefreshOutcome;
import io.github.lifecyclesignals.state.RefreshRecord;
import io.github.lifecyclesignals.state.SignalBinding;
import io.github.lifecyclesignals.state.SignalRecord;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LifecycleEndpointTests {

	private final LifecycleState state = new LifecycleState();

	private final LifecycleEndpoint endpoint = new LifecycleEndpoint(this.state, null, null);

	@Test
	void describesBindingsSignalsAndRefreshesNewestFirst() {
		this.state
			.bindings(List.of(new SignalBinding("TERM", "drain", BindingStatus.BOUND, null, "JVM shutdown handler"),
					new SignalBinding("QUIT", "log-state", BindingStatus.REFUSED, "used by VM", null)));
		this.state
			.recordSignal(new SignalRecord("USR1", Instant.parse("2026-01-01T00:00:00Z"), "log-state", "state logged"));
		this.state
			.recordSignal(new SignalRecord("HUP", Instant.parse("2026-01-01T00:00:01Z"), "refresh", "refresh started"));
		this.state.recordRefresh(new RefreshRecord(Instant.parse("2026-01-01T00:00:01Z"), "SIGHUP",
				RefreshOutcome.APPLIED, Set.of("orders.max-quantity"), null, Duration.ofMillis(120)));
		LifecycleDescriptor descriptor = this.endpoint.lifecycle();
		assertThat(descriptor.state()).isEqualTo("STARTING");
		assertThat(descriptor.signals().bindings()).extracting(LifecycleDescriptor.Binding::bound)
			.containsExactly(true, false);
		assertThat(descriptor.signals().recent()).extracting(LifecycleDescriptor.Received::signal)
			.containsExactly("HUP", "USR1");
		assertThat(descriptor.refresh().counts()).containsEntry(RefreshOutcome.APPLIED, 1L)
			.containsEntry(RefreshOutcome.FAILED, 0L);
		assertThat(descriptor.refresh().recent().get(0).changedKeys()).containsExactly("orders.max-quantity");
		assertThat(descriptor.refresh().recent().get(0).durationMillis()).isEqualTo(120);
		assertThat(descriptor.drain().trigger()).isNull();
	}

	@Test
	void drainInProgressShowsTriggerStepAndInFlightRequests() {
		this.state.requests().started("POST", "/orders");
		this.state.drainStarted("SIGTERM", Duration.ofSeconds(30), "readiness");
		LifecycleDescriptor.Drain drain = this.endpoint.lifecycle().drain();
		assertThat(drain.trigger()).isEqualTo("SIGTERM");
		assertThat(drain.step()).isEqualTo("readiness");
		assertThat(drain.inFlight()).isEqualTo(1);
		assertThat(drain.timeLeftMillis()).isBetween(1L, 30_000L);
		assertThat(drain.result()).isNull();
	}

	@Test
	void writeOperationSaysWhenAFeatureIsNotAvailable() {
		assertThat(this.endpoint.trigger("refresh")).containsEntry("outcome", "not available");
		assertThat(this.endpoint.trigger("reboot")).containsEntry("outcome",
				"unknown action 'reboot': use drain, stop or refresh");
	}

}
