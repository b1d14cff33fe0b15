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
 * Thrown when a signal cannot be bound, or must not be because the VM owns it.
 *
 * @author lifecycle-signals maintainers
 * @since 0.1.0
 */
class SignalRefusedException extends Exception {

	private final Kind kind;

	/**
	 * Creates an exception.
	 * @param kind why, in one word
	 * @param reason why, in a sentence that names no value
	 */
	SignalRefusedException(Kind kind, String reason) {
		super(reason);
		this.kind = kind;
	}

	Kind getKind() {
		return this.kind;
	}

	/**
	 * Why a signal was not bound.
	 */
	public enum Kind {

		/**
		 * The VM or the OS owns it (QUIT, KILL, STOP, a signal with a native handler).
		 */
		RESERVED,

		/** It was ignored when the process started, so the JVM never delivers it. */
		IGNORED_AT_LAUNCH,

		/** Signals are not available here, or this one does not exist on this OS. */
		UNAVAILABLE

	}

}
