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

import java.util.Collection;

import io.github.lifecyclesignals.signal.Trigger;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.endpoint.Access;
import org.springframework.boot.actuate.endpoint.InvalidEndpointRequestException;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.cloud.context.refresh.ContextRefresher;
import org.springframework.cloud.endpoint.RefreshEndpoint;

/**
 * spring-cloud-context's {@code refresh} endpoint, in its place, closed like the
 * {@code lifecycle} endpoint's writes unless the application opens it
 * ({@code management.endpoint.refresh.access} or
 * {@code management.endpoints.access.default}): the starter brings spring-cloud-context,
 * and what it brings must not open what it keeps closed. Opened, it runs the
 * transactional refresh and answers so that a script can tell the outcomes apart:
 * {@code 200} with the changed keys when the refresh applied them, {@code 200 []} when
 * nothing changed, {@code 400} with the reason when the refresh was rejected, refused or
 * did not end in time, {@code 500} when applying failed and the previous configuration
 * was restored.
 *
 * @author lifecycle-signals maintainers
 */
@Endpoint(id = "refresh", defaultAccess = Access.NONE)
class TransactionalRefreshEndpoint extends RefreshEndpoint {

	private final ObjectProvider<RefreshCoordinator> coordinator;

	TransactionalRefreshEndpoint(ContextRefresher refresher, ObjectProvider<RefreshCoordinator> coordinator) {
		super(refresher);
		this.coordinator = coordinator;
	}

	@Override
	@WriteOperation
	public Collection<String> refresh() {
		RefreshCoordinator coordinator = this.coordinator.getIfAvailable();
		if (coordinator == null) {
			return super.refresh();
		}
		RefreshRecord record = coordinator.requestAndWait(Trigger.ACTUATOR, TransactionalContextRefresher.WAIT);
		if (record == null) {
			throw new InvalidEndpointRequestException("Configuration refresh refused or not ended in time",
					"Configuration refresh refused (the application is not ready or is stopping) or not ended in"
							+ " time; see /actuator/lifecycle");
		}
		return switch (record.outcome()) {
			case APPLIED, UNCHANGED -> record.changedKeys();
			case REJECTED -> throw new InvalidEndpointRequestException("Configuration refresh REJECTED",
					"Configuration refresh REJECTED: " + record.reason());
			case FAILED -> throw new IllegalStateException(
					"Configuration refresh FAILED, the previous configuration was restored: " + record.reason());
		};
	}

}
