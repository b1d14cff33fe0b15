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

import io.github.lifecyclesignals.signal.ReceivedSignal;
import io.github.lifecyclesignals.signal.SignalAction;

/**
 * The {@code drain} and {@code stop} actions. Both ask the same {@link GracefulDrain}, so
 * a SIGINT during a SIGTERM drain escalates it like a second SIGTERM would.
 *
 * @author lifecycle-signals maintainers
 * @since 0.1.0
 */
public final class DrainAction implements SignalAction {

	/** Name of the action that drains with the pre-stop delay. */
	public static final String DRAIN = "drain";

	/** Name of the action that drains without the pre-stop delay. */
	public static final String STOP = "stop";

	private final GracefulDrain drain;

	private final boolean withDelay;

	private DrainAction(GracefulDrain drain, boolean withDelay) {
		this.drain = drain;
		this.withDelay = withDelay;
	}

	public static DrainAction drain(GracefulDrain drain) {
		return new DrainAction(drain, true);
	}

	public static DrainAction stop(GracefulDrain drain) {
		return new DrainAction(drain, false);
	}

	@Override
	public String handle(ReceivedSignal signal) {
		// A forced halt exits the way the JVM's own handler would have: 128 + the signal
		// number.
		return this.drain.request(signal.toString(), this.withDelay, 128 + signal.number());
	}

}
