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

import java.time.Instant;

/**
 * A signal (or an endpoint request) that was handled, and what came of it.
 *
 * @param trigger what asked, for example {@code SIGHUP} or {@code actuator}
 * @param receivedAt when it arrived
 * @param action the action that handled it
 * @param outcome what was done
 * @author lifecycle-signals maintainers
 * @since 0.1.0
 */
record SignalRecord(String trigger, Instant receivedAt, String action, String outcome) {

	SignalsDescription.Handled describe() {
		return new SignalsDescription.Handled(this.trigger, this.receivedAt.toString(), this.action, this.outcome);
	}

}
