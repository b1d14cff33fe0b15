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

import io.github.lifecyclesignals.signal.SignalRefusedException.Kind;

/**
 * A registrar that binds nothing in the JVM: tests fire signals by hand.
 */
public class FakeSignalRegistrar implements SignalRegistrar {

	private final Map<String, SignalHandler> handlers = new ConcurrentHashMap<>();

	private final Set<String> reserved;

	private final Set<String> ignored;

	/**
	 * Creates a fake.
	 * @param reserved signals it refuses as the VM's own
	 */
	public FakeSignalRegistrar(String... reserved) {
		this(Set.of(reserved), Set.of());
	}

	public FakeSignalRegistrar(Set<String> reserved, Set<String> ignored) {
		this.reserved = reserved;
		this.ignored = ignored;
	}

	@Override
	public Registration register(String name, SignalHandler handler) throws SignalRefusedException {
		if (this.reserved.contains(name)) {
			throw new SignalRefusedException(Kind.RESERVED, "SIG" + name + " is reserved by the fake");
		}
		if (this.ignored.contains(name)) {
			throw new SignalRefusedException(Kind.IGNORED_AT_LAUNCH, "SIG" + name + " was ignored at launch (fake)");
		}
		this.handlers.put(name, handler);
		return new Registration() {

			@Override
			public String replaced() {
				return "fake default";
			}

			@Override
			public boolean isReceiving() {
				return FakeSignalRegistrar.this.handlers.get(name) == handler;
			}

			@Override
			public void release() {
				FakeSignalRegistrar.this.handlers.remove(name, handler);
			}

		};
	}

	public boolean isBound(String name) {
		return this.handlers.containsKey(name);
	}

	/**
	 * Delivers a signal the way the JVM does: on a new thread of its own, named after it.
	 * @param name the signal name
	 * @param number its number
	 * @return the thread, already started
	 */
	public Thread fire(String name, int number) {
		SignalHandler handler = this.handlers.get(name);
		if (handler == null) {
			throw new IllegalStateException(name + " is not bound");
		}
		Thread thread = new Thread(() -> handler.signalled(number), "SIG" + name + " handler");
		thread.start();
		return thread;
	}

}
