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

package io.github.lifecyclesignals.internal;

import org.jspecify.annotations.Nullable;

/**
 * How a request the drain counts as in flight is handed over once it has become a
 * long-lived connection (an event stream): the drain's filters keep a {@link Runnable}
 * under {@link #ATTRIBUTE} that takes it out of the requests, and whoever tracks the
 * connection runs it.
 *
 * @author lifecycle-signals maintainers
 */
public final class LongLivedRequests {

	/** The servlet request attribute, or WebFlux exchange attribute, holding it. */
	public static final String ATTRIBUTE = LongLivedRequests.class.getName() + ".handOver";

	private LongLivedRequests() {
	}

	/**
	 * Takes a request out of the drain's in-flight requests.
	 * @param attribute the value of {@link #ATTRIBUTE}, if any
	 */
	public static void handOver(@Nullable Object attribute) {
		if (attribute instanceof Runnable handOver) {
			handOver.run();
		}
	}

}
