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

import java.util.Locale;
import java.util.Map;

import io.github.lifecyclesignals.internal.ActionTrigger;
import io.github.lifecyclesignals.internal.BuiltInAction;
import io.github.lifecyclesignals.internal.LifecycleStatus;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.actuate.endpoint.Access;
import org.springframework.boot.actuate.endpoint.OperationResponseBody;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;

/**
 * {@code /actuator/lifecycle}: what the process is doing, which signals it owns, and how
 * every drain and refresh went. Reading is open like {@code health}; the write
 * operations, which start a drain or a refresh where signals cannot be sent (Windows,
 * restricted shells), need {@code management.endpoint.lifecycle.access=unrestricted}, as
 * Boot's {@code shutdown} does. They enter through the same dispatcher as signals, with
 * trigger {@code actuator}.
 *
 * @author lifecycle-signals maintainers
 * @since 0.1.0
 */
@Endpoint(id = "lifecycle", defaultAccess = Access.READ_ONLY)
public class LifecycleEndpoint {

	private final LifecycleStatus status;

	private final ActionTrigger actions;

	LifecycleEndpoint(LifecycleStatus status, ActionTrigger actions) {
		this.status = status;
		this.actions = actions;
	}

	/**
	 * The lifecycle now: {@code state} and {@code since}, then each active feature's
	 * description under its name: {@code signals} ({@code SignalsDescription}),
	 * {@code drain} ({@code DrainDescription}), {@code refresh} and
	 * {@code restartRequired} ({@code RefreshDescription}), {@code connections}
	 * ({@code ConnectionsDescription}). Holds no property value.
	 * @return the description
	 */
	@ReadOperation
	public Map<String, @Nullable Object> lifecycle() {
		return OperationResponseBody.of(this.status.describeAll());
	}

	/**
	 * Starts a drain or a refresh, exactly as the matching signal would.
	 * @param action {@code drain}, {@code stop} or {@code refresh}; anything else is
	 * answered 400
	 * @return what was done
	 */
	@WriteOperation
	public Map<String, String> trigger(@Selector Operation action) {
		String outcome = this.actions.trigger(action.action);
		return Map.of("action", action.name().toLowerCase(Locale.ROOT), "outcome", outcome);
	}

	/**
	 * What the write operation can do.
	 */
	public enum Operation {

		/** Drain with the pre-stop delay, as SIGTERM does. */
		DRAIN(BuiltInAction.DRAIN),

		/** Drain without the pre-stop delay, as SIGINT does. */
		STOP(BuiltInAction.STOP),

		/** Refresh the configuration, as SIGHUP does. */
		REFRESH(BuiltInAction.REFRESH);

		private final BuiltInAction action;

		Operation(BuiltInAction action) {
			this.action = action;
		}

	}

}
