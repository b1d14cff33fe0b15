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

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What the signal layer shows in the {@code lifecycle} endpoint: what every configured
 * signal became and the last ones handled. Read-only; times are ISO-8601 strings so that
 * the JSON reads the same whatever JSON library the application uses.
 *
 * @param bindings every configured signal, in configuration order
 * @param recent the last handled signals and endpoint requests, newest first
 * @param received how many of each signal arrived, by name without {@code SIG}
 * @author lifecycle-signals maintainers
 * @since 0.1.0
 */
public record SignalsDescription(List<Binding> bindings, List<Handled> recent, Map<String, Long> received) {

	/**
	 * One configured signal.
	 *
	 * @param signal the signal name without {@code SIG}
	 * @param action the configured action name
	 * @param bound whether the signal reaches the action
	 * @param status {@code BOUND}, {@code SHADOWED} (another application in this JVM
	 * bound it later), {@code IGNORED} (ignored since launch: it never arrives),
	 * {@code REFUSED} (could not or must not be bound) or {@code DEFAULT} (left to the
	 * JVM)
	 * @param reason why it does not reach the action, when it does not
	 * @param replaced the handler ours replaced, when bound
	 */
	public record Binding(String signal, String action, boolean bound, String status, @Nullable String reason,
			@Nullable String replaced) {

	}

	/**
	 * One handled signal or endpoint request.
	 *
	 * @param trigger what asked, for example {@code SIGHUP} or {@code actuator}
	 * @param receivedAt when it arrived
	 * @param action the action that handled it
	 * @param outcome what was done, in a few words
	 */
	public record Handled(String trigger, String receivedAt, String action, String outcome) {

	}

}
