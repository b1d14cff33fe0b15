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

package io.github.lifecyclesignals.connection;

import java.time.Duration;

import io.github.lifecyclesignals.drain.DrainProperties;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;

/**
 * Resolves {@code lifecycle.drain.connections.spread} against the drain's budget, in one
 * place: at startup, and on every candidate configuration a refresh would apply.
 *
 * @author lifecycle-signals maintainers
 */
final class ConnectionsSpread {

	/** The default spread is the budget divided by this. */
	static final int BUDGET_FRACTION = 20;

	private ConnectionsSpread() {
	}

	static Duration resolve(ConnectionsProperties connections, DrainProperties drain) {
		Duration timeout = drain.getTimeout();
		Duration spread = connections.getSpread();
		if (spread == null) {
			return timeout.dividedBy(BUDGET_FRACTION);
		}
		if (spread.isNegative() || spread.compareTo(timeout) >= 0) {
			throw new InvalidConfigurationPropertyValueException(ConnectionsProperties.PREFIX + ".spread", spread,
					"The spread must be between 0 and " + DrainProperties.PREFIX + ".timeout: the connections close"
							+ " within the budget.");
		}
		return spread;
	}

	static Duration resolve(Binder configuration) {
		return resolve(configuration.bindOrCreate(ConnectionsProperties.PREFIX, ConnectionsProperties.class),
				configuration.bindOrCreate(DrainProperties.PREFIX, DrainProperties.class));
	}

}
