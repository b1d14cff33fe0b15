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

import java.util.Map;

import io.github.lifecyclesignals.drain.GracefulDrain;
import io.github.lifecyclesignals.refresh.RefreshCoordinator;
import io.github.lifecyclesignals.state.LifecycleState;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.actuate.endpoint.Access;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;

/**
 * {@code /actuator/lifecycle}: what the process is doing, which signals it owns, and how
 * every drain and refresh went. Reading is open like {@code health}; the write
 * operations, which start a drain or a refresh where signals cannot be sent (Windows,
 * restricted shells), need {@code management.endpoint.lifecycle.access=unrestricted}, as
 * Boot's {@code shutdown} does.
 *
 * @author lifecycle-signals maintainers
 * @since 0.1.0
 */
@Endpoint(id = "lifecycle", defaultAccess = Access.READ_ONLY)
public class LifecycleEndpoint {

	private final LifecycleState state;

	private final @Nullable GracefulDrain drain;

	private final @Nullable RefreshCoordinator refresh;

	public LifecycleEndpoint(LifecycleState state, @Nullable GracefulDrain drain,
			@Nullable RefreshCoordinator refresh) {
		this.state = state;
		this.drain = drain;
		this.refresh = refresh;
	}

	@ReadOperation
	public LifecycleDescriptor lifecycle() {
		return LifecycleDescriptor.of(this.state);
	}

	/**
	 * Starts a drain ({@code drain} or {@code stop}) or a refresh ({@code refresh}),
	 * exactly as the matching signal would.
	 * @param action {@code drain}, {@code stop} or {@code refresh}
	 * @return what was done
	 */
	@WriteOperation
	public Map<String, String> trigger(@Selector String action) {
		String outcome = switch (action) {
			case "drain" -> (this.drain != null) ? this.drain.request("endpoint", true, 1) : "not available";
			case "stop" -> (this.drain != null) ? this.drain.request("endpoint", false, 1) : "not available";
			case "refresh" -> (this.refresh != null) ? this.refresh.request("endpoint") : "not available";
			default -> "unknown action '" + action + "': use drain, stop or refresh";
		};
		return Map.of("action", action, "outcome", outcome);
	}

}
