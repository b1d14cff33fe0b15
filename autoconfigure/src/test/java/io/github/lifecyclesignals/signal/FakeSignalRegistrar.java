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

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A registrar that binds nothing in the JVM: tests fire signals by hand.
 */
public class FakeSignalRegistrar implements SignalRegistrar {

	private final Map<String, SignalHandler> handlers = new ConcurrentHashMap<>();

	private final Set<String> refused;

	public FakeSignalRegistrar(String... refused) {
		this.refused = Set.of(refused);
	}

	@Override
	public Registration register(String name, SignalHandler handler) throws SignalRefusedException {
		if (this.refused.contains(name)) {
			throw new SignalRefusedException("refused by the fake");
		}
		this.handlers.put(name, handler);
		return new Registration() {

			@Override
			public String replaced() {
				return "fake default";
			}

			@Override
			public void restore() {
				FakeSignalRegistrar.this.handlers.remove(name);
			}

		};
	}

	public boolean isBound(String name) {
		return this.handlers.containsKey(name);
	}

	public void fire(String name, int number) {
		SignalHandler handler = this.handlers.get(name);
		if (handler == null) {
			throw new IllegalStateException(name + " is not bound");
		}
		handler.signalled(number);
	}

}
