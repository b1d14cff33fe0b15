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

package io.github.lifecyclesignals.signal;

/**
 * Whether a configured signal reaches its action.
 *
 * @author lifecycle-signals maintainers
 * @since 0.1.0
 */
enum BindingStatus {

	/** Our handler is installed and receives the signal. */
	BOUND,

	/**
	 * Bound, but another application in this JVM bound the signal later and receives it.
	 */
	SHADOWED,

	/**
	 * Ignored since the process started: the JVM installs no handler, it never arrives.
	 */
	IGNORED,

	/** The signal could not or must not be bound; the JVM's own handling is unchanged. */
	REFUSED,

	/**
	 * Left to the JVM on purpose (action {@code default}, or the action is not
	 * available).
	 */
	DEFAULT

}
