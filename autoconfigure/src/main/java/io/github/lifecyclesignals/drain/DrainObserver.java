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

import io.github.lifecyclesignals.signal.Trigger;

/**
 * Follows a drain from its start to its end, for whatever watches it from outside (a
 * Micrometer observation: a span with Micrometer Tracing, a timer with Micrometer).
 * Called on the drain's threads; must be quick and must not throw.
 *
 * @author lifecycle-signals maintainers
 */
interface DrainObserver {

	/** Nothing watches. */
	DrainObserver NONE = new DrainObserver() {

		@Override
		public void started(Trigger trigger) {
		}

		@Override
		public void stepDone(DrainStep step) {
		}

		@Override
		public void ended(DrainResult result, int exitCode, boolean halting) {
		}

	};

	/**
	 * The drain has started.
	 * @param trigger what asked for it
	 */
	void started(Trigger trigger);

	/**
	 * A step is done.
	 * @param step the step
	 */
	void stepDone(DrainStep step);

	/**
	 * The drain has ended, or is about to: called once its result is known, before the
	 * context's beans are destroyed when it can be, so that what reports the drain (a
	 * span reporter) is still there, and again before a halt. Only the first call's
	 * result counts.
	 * @param result how it ended
	 * @param exitCode the exit code the process ends with
	 * @param halting whether the process halts next, destroying no bean
	 */
	void ended(DrainResult result, int exitCode, boolean halting);

}
