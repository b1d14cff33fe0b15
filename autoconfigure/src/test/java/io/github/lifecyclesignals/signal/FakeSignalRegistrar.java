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
