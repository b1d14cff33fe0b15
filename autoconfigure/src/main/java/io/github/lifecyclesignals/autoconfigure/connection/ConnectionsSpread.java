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

package io.github.lifecyclesignals.autoconfigure.connection;

import java.time.Duration;

import io.github.lifecyclesignals.autoconfigure.LifecycleProperties;

import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;

/**
 * Resolves {@code lifecycle.drain.connections.spread}.
 *
 * @author lifecycle-signals maintainers
 */
public final class ConnectionsSpread {

	/** The default spread is the budget divided by this. */
	static final int BUDGET_FRACTION = 20;

	private ConnectionsSpread() {
	}

	/**
	 * The window over which a drain closes the long-lived connections.
	 * @param drain the drain properties
	 * @param timeout the drain's budget
	 * @return the window
	 * @throws InvalidConfigurationPropertyValueException if it does not fit the budget
	 */
	public static Duration resolve(LifecycleProperties.Drain drain, Duration timeout) {
		Duration spread = drain.getConnections().getSpread();
		if (spread == null) {
			return timeout.dividedBy(BUDGET_FRACTION);
		}
		if (spread.isNegative() || spread.compareTo(timeout) >= 0) {
			throw new InvalidConfigurationPropertyValueException("lifecycle.drain.connections.spread", spread,
					"The spread must be between 0 and lifecycle.drain.timeout: the connections close within the"
							+ " budget.");
		}
		return spread;
	}

}
