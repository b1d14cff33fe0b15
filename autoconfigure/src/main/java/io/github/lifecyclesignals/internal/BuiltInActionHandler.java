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

import java.util.function.Function;

import io.github.lifecyclesignals.signal.Trigger;

/**
 * A feature's implementation of one built-in action, defined as a bean by that feature's
 * auto-configuration: the signal layer knows none of them. It runs on the thread that
 * asked (the JVM's signal thread, or the endpoint's request thread), so it must only
 * record the request and hand any real work to a thread of its own.
 *
 * @author lifecycle-signals maintainers
 */
public interface BuiltInActionHandler {

	/**
	 * The action this handles.
	 * @return the action
	 */
	BuiltInAction action();

	/**
	 * Handles one request.
	 * @param trigger what asked
	 * @return what was done, in a few words, for the log and the {@code lifecycle}
	 * endpoint
	 */
	String run(Trigger trigger);

	/**
	 * A handler that runs a function.
	 * @param action the action
	 * @param run what runs it
	 * @return the handler
	 */
	static BuiltInActionHandler of(BuiltInAction action, Function<Trigger, String> run) {
		return new BuiltInActionHandler() {

			@Override
			public BuiltInAction action() {
				return action;
			}

			@Override
			public String run(Trigger trigger) {
				return run.apply(trigger);
			}

		};
	}

}
