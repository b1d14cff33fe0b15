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

package io.github.lifecyclesignals.status;

import io.github.lifecyclesignals.connection.ConnectionsSnapshot;
import io.github.lifecyclesignals.connection.LongLivedConnections;
import io.github.lifecyclesignals.drain.DrainSnapshot;
import io.github.lifecyclesignals.drain.GracefulDrain;
import io.github.lifecyclesignals.phase.ApplicationPhase;
import io.github.lifecyclesignals.phase.LifecyclePhase;
import io.github.lifecyclesignals.refresh.RefreshHistory;
import io.github.lifecyclesignals.refresh.RefreshSnapshot;
import io.github.lifecyclesignals.signal.SignalHistory;
import io.github.lifecyclesignals.signal.SignalsSnapshot;
import org.jspecify.annotations.Nullable;

/**
 * Composes the features' snapshots into one {@link LifecycleSnapshot}, in the spirit of
 * Spring Boot's health and info contributors: each feature contributes what it owns, and
 * this class only reads.
 *
 * @author lifecycle-signals maintainers
 * @since 0.1.0
 */
public final class LifecycleStatus {

	private final ApplicationPhase phase;

	private final @Nullable SignalHistory signals;

	private final @Nullable GracefulDrain drain;

	private final @Nullable RefreshHistory refresh;

	private final @Nullable LongLivedConnections connections;

	/**
	 * Creates the composer.
	 * @param phase the application's phase
	 * @param signals the signal layer's status, if it is active
	 * @param drain the drain, if it is active
	 * @param refresh the refresh's status, if it is active
	 * @param connections the long-lived connections, if they are tracked
	 */
	public LifecycleStatus(ApplicationPhase phase, @Nullable SignalHistory signals, @Nullable GracefulDrain drain,
			@Nullable RefreshHistory refresh, @Nullable LongLivedConnections connections) {
		this.phase = phase;
		this.signals = signals;
		this.drain = drain;
		this.refresh = refresh;
		this.connections = connections;
	}

	/**
	 * The lifecycle now.
	 * @return a snapshot
	 */
	public LifecycleSnapshot snapshot() {
		SignalsSnapshot signals = (this.signals != null) ? this.signals.snapshot() : null;
		DrainSnapshot drain = (this.drain != null) ? this.drain.snapshot() : null;
		RefreshSnapshot refresh = (this.refresh != null) ? this.refresh.snapshot() : null;
		LifecyclePhase phase = this.phase.phase();
		if (phase == LifecyclePhase.RUNNING && refresh != null && refresh.running()) {
			phase = LifecyclePhase.REFRESHING;
		}
		ConnectionsSnapshot connections = (this.connections != null) ? this.connections.snapshot() : null;
		return new LifecycleSnapshot(phase, this.phase.since(), signals, drain, refresh, connections);
	}

	/**
	 * The phase now, without composing the rest.
	 * @return the phase
	 */
	public LifecyclePhase phase() {
		LifecyclePhase phase = this.phase.phase();
		if (phase == LifecyclePhase.RUNNING && this.refresh != null && this.refresh.snapshot().running()) {
			return LifecyclePhase.REFRESHING;
		}
		return phase;
	}

	public @Nullable SignalHistory signals() {
		return this.signals;
	}

	public @Nullable GracefulDrain drain() {
		return this.drain;
	}

	public @Nullable RefreshHistory refresh() {
		return this.refresh;
	}

	public @Nullable LongLivedConnections connections() {
		return this.connections;
	}

}
