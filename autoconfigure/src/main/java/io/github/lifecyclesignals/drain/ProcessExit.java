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
 * Ends the process. An interface so that tests can drain a context without ending their
 * JVM.
 *
 * @author lifecycle-signals maintainers
 * @since 0.1.0
 */
interface ProcessExit {

	/** Ends the process by {@link Runtime#exit(int)}: shutdown hooks run. */
	ProcessExit RUNTIME = new ProcessExit() {

		@Override
		public void exit(int code) {
			Runtime.getRuntime().exit(code);
		}

		@Override
		public void halt(int code) {
			Runtime.getRuntime().halt(code);
		}

	};

	/**
	 * Exits normally, running shutdown hooks.
	 * @param code the exit code
	 */
	void exit(int code);

	/**
	 * Ends the process at once, without shutdown hooks: for when they may be what is
	 * stuck.
	 * @param code the exit code
	 */
	void halt(int code);

}
