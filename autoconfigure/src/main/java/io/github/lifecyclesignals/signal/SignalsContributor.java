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

import java.util.ArrayList;
import java.util.List;

import io.github.lifecyclesignals.internal.LifecycleContributor;

/**
 * The signal layer's part of the read side.
 *
 * @author lifecycle-signals maintainers
 */
final class SignalsContributor implements LifecycleContributor<SignalsDescription> {

	private final SignalHistory history;

	SignalsContributor(SignalHistory history) {
		this.history = history;
	}

	@Override
	public String name() {
		return "signals";
	}

	@Override
	public Class<SignalsDescription> type() {
		return SignalsDescription.class;
	}

	@Override
	public SignalsDescription describe() {
		return this.history.describe();
	}

	@Override
	public void summarizeTo(SignalsDescription description, List<String> parts) {
		List<String> bindings = new ArrayList<>();
		for (SignalsDescription.Binding binding : description.bindings()) {
			bindings.add(binding.signal() + "->" + binding.action() + (binding.bound() ? "" : " " + binding.status()));
		}
		parts.add("signals=" + bindings);
	}

}
