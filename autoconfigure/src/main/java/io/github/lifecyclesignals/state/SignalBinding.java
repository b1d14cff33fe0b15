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

package io.github.lifecyclesignals.state;

import org.jspecify.annotations.Nullable;

/**
 * How one configured signal was bound.
 *
 * @param signal the signal name without the {@code SIG} prefix, for example {@code TERM}
 * @param action the configured action name
 * @param status whether it was bound
 * @param reason why it was refused or left to the JVM, or {@code null} when bound
 * @param replaced the handler that was in place before ours, or {@code null} when none
 * was replaced
 * @author lifecycle-signals maintainers
 * @since 0.1.0
 */
public record SignalBinding(String signal, String action, BindingStatus status, @Nullable String reason,
		@Nullable String replaced) {

	@Override
	public String toString() {
		return switch (this.status) {
			case BOUND -> this.signal + "->" + this.action;
			case REFUSED -> this.signal + "->" + this.action + " REFUSED (" + this.reason + ")";
			case DEFAULT -> this.signal + "->JVM default" + ((this.reason != null) ? " (" + this.reason + ")" : "");
		};
	}

}
