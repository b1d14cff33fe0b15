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

package io.github.lifecyclesignals.messaging;

import java.util.List;
import java.util.Set;

import io.github.lifecyclesignals.actuate.LifecycleMetrics;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * The messaging drain's meter: listener containers by broker and state, read when
 * scraped.
 *
 * @author lifecycle-signals maintainers
 */
final class MessagingMeters implements MeterBinder {

	private static final List<String> STATES = List.of("running", "paused", "stopping", "stopped");

	private final List<ListenerContainersDrain> drains;

	MessagingMeters(List<ListenerContainersDrain> drains) {
		this.drains = drains;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		for (ListenerContainersDrain drain : this.drains) {
			for (String state : STATES) {
				Gauge
					.builder(LifecycleMetrics.MESSAGING_CONTAINERS, drain,
							(containers) -> containers.describe()
								.stream()
								.filter((container) -> container.state().equals(state))
								.count())
					.tags("broker", drain.participantName(), "state", state)
					.description("Message listener containers, by broker and state")
					.baseUnit("containers")
					.register(registry);
			}
		}
	}

	static Set<String> states() {
		return Set.copyOf(STATES);
	}

}
