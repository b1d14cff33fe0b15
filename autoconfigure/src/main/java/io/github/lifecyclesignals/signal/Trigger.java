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

import org.jspecify.annotations.Nullable;

/**
 * What asked for an action: a signal, the {@code lifecycle} endpoint, or another source
 * the features name.
 *
 * @param name how it appears in logs and the endpoint, for example {@code SIGTERM} or
 * {@code actuator}
 * @param signalNumber the signal's number on this OS, or 0 when it is not a signal
 * @author lifecycle-signals maintainers
 * @since 0.1.0
 */
public record Trigger(String name, int signalNumber) {

	/** The {@code lifecycle} endpoint's write operations. */
	public static final Trigger ACTUATOR = new Trigger("actuator", 0);

	/**
	 * The trigger of a received signal.
	 * @param signal the signal
	 * @return the trigger, named {@code SIG<name>}
	 */
	public static Trigger of(ReceivedSignal signal) {
		return new Trigger("SIG" + signal.name(), signal.number());
	}

	/**
	 * The signal name without the {@code SIG} prefix.
	 * @return the name, or {@code null} when this trigger is not a signal
	 */
	public @Nullable String signal() {
		return (this.signalNumber > 0) ? this.name.substring(3) : null;
	}

	@Override
	public String toString() {
		return this.name;
	}

}
