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

package io.github.lifecyclesignals.autoconfigure;

import io.github.lifecyclesignals.internal.BuiltInAction;
import io.github.lifecyclesignals.internal.BuiltInActionHandler;
import io.github.lifecyclesignals.internal.LifecycleStatus;
import io.github.lifecyclesignals.signal.Trigger;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * The {@code log-state} action: one log line with the lifecycle state, so that an
 * operator with a shell but no HTTP access can ask a process what it is doing.
 *
 * @author lifecycle-signals maintainers
 */
final class LogStateAction implements BuiltInActionHandler {

	private static final Log logger = LogFactory.getLog(LogStateAction.class);

	private final LifecycleStatus status;

	LogStateAction(LifecycleStatus status) {
		this.status = status;
	}

	@Override
	public BuiltInAction action() {
		return BuiltInAction.LOG_STATE;
	}

	@Override
	public String run(Trigger trigger) {
		logger.info("Lifecycle state on " + trigger + ": " + String.join(", ", this.status.summarize()));
		return "state logged";
	}

}
