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

/**
 * How a drain ended.
 *
 * @author lifecycle-signals maintainers
 * @since 0.1.0
 */
public enum DrainResult {

	/** Every step ran and no request was abandoned. */
	CLEAN,

	/** A second signal cut the pre-stop delay or the waits short. */
	ESCALATED,

	/**
	 * The budget ran out (the process was halted), or graceful shutdown gave up on
	 * requests to stay within it.
	 */
	TIMEOUT,

	/** A third signal halted the process at once. */
	FORCED,

	/**
	 * The drain itself failed unexpectedly (the process was halted), or the application
	 * failed to start while the drain waited for it.
	 */
	FAILED

}
