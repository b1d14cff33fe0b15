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

package io.github.lifecyclesignals.refresh;

import io.github.lifecyclesignals.signal.ReceivedSignal;
import io.github.lifecyclesignals.signal.SignalAction;

/**
 * The {@code refresh} action: hands the request to the {@link RefreshCoordinator} and
 * returns at once, so that the dispatcher stays free for a SIGTERM.
 *
 * @author lifecycle-signals maintainers
 * @since 0.1.0
 */
public final class RefreshAction implements SignalAction {

	/** Name of the action. */
	public static final String NAME = "refresh";

	private final RefreshCoordinator coordinator;

	public RefreshAction(RefreshCoordinator coordinator) {
		this.coordinator = coordinator;
	}

	@Override
	public String handle(ReceivedSignal signal) {
		return this.coordinator.request(signal.toString());
	}

}
