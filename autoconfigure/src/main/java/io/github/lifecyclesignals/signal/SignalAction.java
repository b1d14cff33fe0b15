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
 * What to do when a signal arrives. Define a bean of this type and name it in
 * {@code lifecycle.signals}, for example {@code USR1: rotateLogs} for a bean named
 * {@code rotateLogs}.
 * <p>
 * Actions run one at a time, in the order their signals arrived, on threads of their own:
 * never on the JVM's signal thread and never in the way of a drain. One that has not
 * returned after {@code lifecycle.action-timeout} is reported as timed out and keeps its
 * thread; the next action runs on another. An exception is logged and recorded.
 *
 * @author lifecycle-signals maintainers
 * @since 0.1.0
 */
@FunctionalInterface
public interface SignalAction {

	/**
	 * Handles one signal.
	 * @param signal the signal
	 * @return what was done, in a few words, for the log and the {@code lifecycle}
	 * endpoint
	 * @throws Exception if the action failed
	 */
	String handle(ReceivedSignal signal) throws Exception;

}
