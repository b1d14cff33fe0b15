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

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import org.jspecify.annotations.Nullable;

/**
 * The signal layer's own status: the bindings and the signals handled. Only the signal
 * layer writes it; everyone else reads {@link #snapshot() snapshots}.
 *
 * @author lifecycle-signals maintainers
 * @since 0.1.0
 */
final class SignalHistory {

	/** How many handled signals are kept for display. */
	static final int SIZE = 20;

	private volatile List<Bound> bindings = List.of();

	private final Deque<SignalRecord> recent = new ArrayDeque<>();

	private final Map<String, LongAdder> received = new ConcurrentHashMap<>();

	void bindings(List<Bound> bindings) {
		this.bindings = List.copyOf(bindings);
	}

	void released() {
		this.bindings = this.bindings.stream().map(Bound::released).toList();
	}

	void received(String signal) {
		this.received.computeIfAbsent(signal, (name) -> new LongAdder()).increment();
	}

	void handled(SignalRecord record) {
		synchronized (this.recent) {
			this.recent.addFirst(record);
			while (this.recent.size() > SIZE) {
				this.recent.removeLast();
			}
		}
	}

	/**
	 * How many times a signal arrived.
	 * @param signal the name without {@code SIG}
	 * @return the count
	 */
	long receivedCount(String signal) {
		LongAdder count = this.received.get(signal);
		return (count != null) ? count.sum() : 0;
	}

	/**
	 * The status now.
	 * @return its description
	 */
	SignalsDescription describe() {
		Map<String, Long> received = new TreeMap<>();
		this.received.forEach((signal, count) -> received.put(signal, count.sum()));
		return new SignalsDescription(bindingsNow().stream().map(SignalBinding::describe).toList(),
				recent().stream().map(SignalRecord::describe).toList(), received);
	}

	/**
	 * Every configured signal and what became of it, in configuration order.
	 * @return the bindings now
	 */
	List<SignalBinding> bindingsNow() {
		return this.bindings.stream().map(Bound::now).toList();
	}

	/**
	 * The last handled signals and endpoint requests.
	 * @return them, newest first
	 */
	List<SignalRecord> recent() {
		synchronized (this.recent) {
			return List.copyOf(this.recent);
		}
	}

	/**
	 * A binding as made at startup; whether it still receives can change when another
	 * application in the JVM binds the same signal.
	 *
	 * @param binding the binding as made
	 * @param registration the installed handler, when bound
	 */
	record Bound(SignalBinding binding, SignalRegistrar.@Nullable Registration registration) {

		Bound released() {
			if (this.binding.status() != BindingStatus.BOUND) {
				return this;
			}
			return new Bound(new SignalBinding(this.binding.signal(), this.binding.action(), BindingStatus.DEFAULT,
					"handed back when the application stopped", this.binding.replaced()), null);
		}

		SignalBinding now() {
			SignalRegistrar.Registration registration = this.registration;
			if (this.binding.status() == BindingStatus.BOUND && registration != null && !registration.isReceiving()) {
				return new SignalBinding(this.binding.signal(), this.binding.action(), BindingStatus.SHADOWED,
						"another application in this JVM bound it later and receives it until it closes",
						this.binding.replaced());
			}
			return this.binding;
		}

	}

}
