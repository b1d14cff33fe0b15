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
 * Installs OS signal handlers. The one implementation that touches
 * {@code sun.misc.Signal} is {@link SunMiscSignalRegistrar}; everything else talks to
 * this interface, so it can be faked.
 *
 * @author lifecycle-signals maintainers
 * @since 0.1.0
 */
interface SignalRegistrar {

	/**
	 * Installs a handler.
	 * @param name the signal name without the {@code SIG} prefix
	 * @param handler called on the JVM's thread for that signal with its number: record
	 * and return
	 * @return the registration, to release it
	 * @throws SignalRefusedException if the signal cannot or must not be bound, or would
	 * never be delivered
	 */
	Registration register(String name, SignalHandler handler) throws SignalRefusedException;

	/**
	 * Receives a signal on the JVM's thread for it.
	 */
	@FunctionalInterface
	interface SignalHandler {

		void signalled(int number);

	}

	/**
	 * An installed handler.
	 */
	interface Registration {

		/**
		 * Describes the handler that ours replaced.
		 * @return for example {@code JVM shutdown handler} or {@code SIG_DFL}
		 */
		String replaced();

		/**
		 * Whether this handler is the one that receives the signal now. Another
		 * application in the same JVM that binds the signal later receives it until it
		 * releases its own.
		 * @return whether the signal reaches this handler
		 */
		boolean isReceiving();

		/**
		 * Removes this handler. The handler bound before it receives the signal again:
		 * another application's, or the JVM's own.
		 */
		void release();

	}

}
