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

/**
 * What the signal layer needs to know of a drain: whether one is under way (then the
 * process is ending, and a later signal must still reach its handler to escalate), and
 * when it is over without having ended the process (in a test).
 *
 * @author lifecycle-signals maintainers
 * @since 0.1.0
 */
public interface DrainInProgress {

	/** No drain feature: nothing is ever under way. */
	DrainInProgress NONE = new DrainInProgress() {

		@Override
		public boolean isUnderWay() {
			return false;
		}

		@Override
		public void whenOver(Runnable action) {
		}

	};

	/**
	 * Whether a drain has started.
	 * @return whether one is under way
	 */
	boolean isUnderWay();

	/**
	 * Runs an action once the drain is over and the process has not ended, which only
	 * happens when something other than the JVM ends it (a test's {@code ProcessExit}).
	 * @param action what to run
	 */
	void whenOver(Runnable action);

}
