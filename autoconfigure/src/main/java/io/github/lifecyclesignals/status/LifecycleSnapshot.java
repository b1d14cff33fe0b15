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

import java.time.Instant;

import io.github.lifecyclesignals.connection.ConnectionsSnapshot;
import io.github.lifecyclesignals.drain.DrainSnapshot;
import io.github.lifecyclesignals.phase.LifecyclePhase;
import io.github.lifecyclesignals.refresh.RefreshSnapshot;
import io.github.lifecyclesignals.signal.SignalsSnapshot;
import org.jspecify.annotations.Nullable;

/**
 * The lifecycle at one moment, composed from each active feature's own snapshot.
 *
 * @param phase the phase, {@code REFRESHING} while a refresh runs in a running
 * application
 * @param since when the application entered its phase
 * @param signals the signal layer's snapshot, or {@code null} when it is off
 * @param drain the drain's snapshot, or {@code null} when it is off
 * @param refresh the refresh's snapshot, or {@code null} when it is off
 * @param connections the long-lived connections, or {@code null} when they are not
 * tracked
 * @author lifecycle-signals maintainers
 * @since 0.1.0
 */
public record LifecycleSnapshot(LifecyclePhase phase, Instant since, @Nullable SignalsSnapshot signals,
		@Nullable DrainSnapshot drain, @Nullable RefreshSnapshot refresh, @Nullable ConnectionsSnapshot connections) {

}
