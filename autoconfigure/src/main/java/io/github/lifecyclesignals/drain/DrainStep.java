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

import java.util.Locale;

/**
 * The steps of a drain, in order.
 *
 * @author lifecycle-signals maintainers
 * @since 0.1.0
 */
enum DrainStep {

	/** Readiness is refused. */
	READINESS,

	/** Requests are still served while load balancers notice. */
	PRE_STOP_DELAY,

	/** The drain started during startup and waits for it to finish before closing. */
	STARTUP,

	/** The context closes: graceful shutdown, then every lifecycle phase in order. */
	CLOSE,

	/** The context is closed; the process is about to exit. */
	EXIT;

	/**
	 * The name used in logs and the endpoint, for example {@code pre-stop-delay}.
	 * @return the name
	 */
	public String displayName() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	@Override
	public String toString() {
		return displayName();
	}

}
