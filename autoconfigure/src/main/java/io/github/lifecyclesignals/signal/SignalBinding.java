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
 * A configured signal and what became of it.
 *
 * @param signal the signal name without {@code SIG}
 * @param action the configured action name
 * @param status whether it reaches the action
 * @param reason why it does not, when it does not
 * @param replaced the handler ours replaced, when bound
 * @author lifecycle-signals maintainers
 * @since 0.1.0
 */
record SignalBinding(String signal, String action, BindingStatus status, @Nullable String reason,
		@Nullable String replaced) {

	/**
	 * Whether the signal reaches its action.
	 * @return whether it is bound and received
	 */
	boolean receiving() {
		return this.status == BindingStatus.BOUND;
	}

	SignalsDescription.Binding describe() {
		return new SignalsDescription.Binding(this.signal, this.action, receiving(), this.status.name(), this.reason,
				this.replaced);
	}

}
