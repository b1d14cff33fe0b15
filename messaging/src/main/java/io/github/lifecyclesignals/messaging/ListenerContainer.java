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

package io.github.lifecyclesignals.messaging;

import java.time.Duration;

/**
 * One listener container, of whichever broker: what the messaging drain needs of it.
 *
 * @author lifecycle-signals maintainers
 */
interface ListenerContainer {

	/**
	 * The broker, for example {@code kafka}.
	 * @return the broker's name
	 */
	String broker();

	/**
	 * The container's listener id (or bean name).
	 * @return the id
	 */
	String id();

	/**
	 * Whether it consumes now.
	 * @return whether it is running
	 */
	boolean isRunning();

	/**
	 * Whether it is paused.
	 * @return whether a pause was asked for
	 */
	boolean isPaused();

	/**
	 * Stops consuming after the message in hand, commits what was handled, closes, then
	 * runs {@code done}: from a thread of the container's, not the caller's.
	 * @param timeLeft how long the drain can still wait for it
	 * @param done run once it has stopped
	 */
	void stop(Duration timeLeft, Runnable done);

}
