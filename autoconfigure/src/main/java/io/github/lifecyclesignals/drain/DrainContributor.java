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

package io.github.lifecyclesignals.drain;

import java.time.Duration;
import java.util.List;

import io.github.lifecyclesignals.internal.Durations;
import io.github.lifecyclesignals.internal.LifecycleContributor;

/**
 * The drain's part of the read side.
 *
 * @author lifecycle-signals maintainers
 */
final class DrainContributor implements LifecycleContributor<DrainDescription> {

	private final GracefulDrain drain;

	DrainContributor(GracefulDrain drain) {
		this.drain = drain;
	}

	@Override
	public String name() {
		return "drain";
	}

	@Override
	public Class<DrainDescription> type() {
		return DrainDescription.class;
	}

	@Override
	public DrainDescription describe() {
		return this.drain.snapshot().describe();
	}

	@Override
	public void summarizeTo(DrainDescription drain, List<String> parts) {
		parts.add("inFlight=" + drain.inFlight() + ((drain.inFlight() > 0)
				? " (oldest " + Durations.format(Duration.ofMillis(drain.oldestInFlightMillis())) + ")" : ""));
		parts.add("served=" + drain.requestsServed());
		if (drain.step() != null) {
			parts.add("drain=" + drain.step() + ((drain.result() != null) ? "/" + drain.result() : ""));
		}
	}

}
