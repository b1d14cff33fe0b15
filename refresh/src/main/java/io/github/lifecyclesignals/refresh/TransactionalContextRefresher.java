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
import java.util.Set;

import io.github.lifecyclesignals.signal.Trigger;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.cloud.context.refresh.ConfigDataContextRefresher;
import org.springframework.cloud.context.scope.refresh.RefreshScope;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * spring-cloud-context's refresher, replaced so that everything that asks it for a
 * refresh ({@code POST /actuator/refresh}, a {@code RefreshEvent} from Spring Cloud Bus
 * or Config) gets the transactional one: the same checks, the same record (trigger
 * {@code actuator}), one refresh at a time. Without it, those paths would apply a
 * configuration that does not validate and leave the broken value live.
 *
 * @author lifecycle-signals maintainers
 * @since 0.1.0
 */
class TransactionalContextRefresher extends ConfigDataContextRefresher {

	/** How long a caller waits for its refresh. */
	static final Duration WAIT = Duration.ofMinutes(1);

	private final ObjectProvider<RefreshCoordinator> coordinator;

	/**
	 * Creates the refresher.
	 * @param context the application's context
	 * @param scope the refresh scope
	 * @param coordinator the transactional refresh, looked up when asked
	 */
	TransactionalContextRefresher(ConfigurableApplicationContext context, RefreshScope scope,
			ObjectProvider<RefreshCoordinator> coordinator) {
		super(context, scope);
		this.coordinator = coordinator;
	}

	/**
	 * Runs a transactional refresh and waits for it.
	 * @return the changed keys when it was applied, none otherwise (the {@code lifecycle}
	 * endpoint and the log say why)
	 */
	@Override
	public Set<String> refresh() {
		return refreshTransactionally();
	}

	@Override
	public Set<String> refreshEnvironment() {
		return refreshTransactionally();
	}

	private Set<String> refreshTransactionally() {
		RefreshCoordinator coordinator = this.coordinator.getIfAvailable();
		RefreshRecord record = (coordinator != null) ? coordinator.requestAndWait(Trigger.ACTUATOR, WAIT) : null;
		return (record != null && record.outcome() == RefreshOutcome.APPLIED) ? record.changedKeys() : Set.of();
	}

}
