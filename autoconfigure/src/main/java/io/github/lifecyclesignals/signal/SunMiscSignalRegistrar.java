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

import java.lang.management.ManagementFactory;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedDeque;

import io.github.lifecyclesignals.signal.SignalRefusedException.Kind;
import org.jspecify.annotations.Nullable;
import sun.misc.Signal;

/**
 * The only class that touches {@code sun.misc.Signal}. The JDK has no supported signal
 * API (JDK-8087286 was never merged); if it ever gets one, this is the class to replace.
 * <p>
 * A JVM has one handler per signal, and every application context in it shares it: the
 * context that bound a signal last receives it, and when it releases the signal the one
 * before it receives it again, down to the JVM's own handler.
 *
 * @author lifecycle-signals maintainers
 * @since 0.1.0
 */
@SuppressWarnings("restriction")
final class SunMiscSignalRegistrar implements SignalRegistrar {

	/**
	 * Signals for which HotSpot installs no handler when they were ignored at launch.
	 */
	private static final Set<String> SHUTDOWN_SIGNALS = Set.of("HUP", "INT", "TERM");

	private static final Object lock = new Object();

	private static final Map<String, InstalledSignal> installed = new HashMap<>();

	@Override
	public Registration register(String name, SignalHandler handler) throws SignalRefusedException {
		synchronized (lock) {
			InstalledSignal signal = installed.get(name);
			if (signal != null) {
				return signal.add(handler);
			}
			signal = new InstalledSignal(name, newSignal(name));
			// The owner goes first, so that a signal arriving while the handler is being
			// installed already has somewhere to go.
			Owner owner = signal.add(handler);
			install(signal);
			installed.put(name, signal);
			return owner;
		}
	}

	private static Signal newSignal(String name) throws SignalRefusedException {
		try {
			return new Signal(name);
		}
		catch (IllegalArgumentException ex) {
			throw new SignalRefusedException(Kind.UNAVAILABLE, "SIG" + name + " does not exist on this OS");
		}
		catch (LinkageError | SecurityException ex) {
			throw new SignalRefusedException(Kind.UNAVAILABLE,
					"signals are not available on this JVM (" + ex.getClass().getSimpleName() + ")");
		}
	}

	private static void install(InstalledSignal installed) throws SignalRefusedException {
		String name = installed.name;
		Signal signal = installed.signal;
		sun.misc.SignalHandler previous;
		try {
			previous = Signal.handle(signal, installed::deliver);
		}
		catch (IllegalArgumentException ex) {
			// QUIT, KILL, STOP ("Signal already used by VM or OS"); any signal under
			// -Xrs.
			throw new SignalRefusedException(Kind.RESERVED, "SIG" + name + " is reserved by the VM or the OS"
					+ (startedWithXrs() ? " (the JVM was started with -Xrs, which keeps the shutdown signals from"
							+ " Java code: remove -Xrs, or leave SIG" + name + " to the JVM with lifecycle.signals."
							+ name + "=default)" : ""));
		}
		installed.previous = previous;
		// A handler of the JDK's own on any other signal than the three it handles for
		// shutdown wraps a native handler of the VM (USR2 suspends threads, PIPE must
		// stay ignored for socket writes): replacing it can break the VM, so put it back.
		if (isJdkOwned(previous) && !SHUTDOWN_SIGNALS.contains(name)) {
			Signal.handle(signal, previous);
			throw new SignalRefusedException(Kind.RESERVED,
					"SIG" + name + " is reserved by the VM (it has a native handler)");
		}
		SignalRefusedException notDelivered = notDelivered(name, signal.getNumber(), previous);
		if (notDelivered != null) {
			Signal.handle(signal, previous);
			throw notDelivered;
		}
	}

	private static boolean startedWithXrs() {
		try {
			return ManagementFactory.getRuntimeMXBean().getInputArguments().contains("-Xrs");
		}
		catch (RuntimeException | LinkageError ex) {
			return false;
		}
	}

	// Whether the OS delivers the signal now that the handler is installed. HotSpot
	// accepts a handler for a shutdown signal that was ignored at launch (nohup, a
	// background job of a non-interactive shell) but never installs it.
	private static @Nullable SignalRefusedException notDelivered(String name, int number,
			sun.misc.SignalHandler previous) {
		SignalDispositions dispositions = SignalDispositions.read();
		Boolean caught = dispositions.isCaught(number);
		boolean ignoredAtLaunch = (caught != null) ? !caught && Boolean.TRUE.equals(dispositions.isIgnored(number))
				: previous == sun.misc.SignalHandler.SIG_IGN && SHUTDOWN_SIGNALS.contains(name);
		if (ignoredAtLaunch) {
			return new SignalRefusedException(Kind.IGNORED_AT_LAUNCH,
					"SIG" + name + " was ignored when the process started (nohup ignores HUP; a background job of a"
							+ " non-interactive shell ignores INT and QUIT), and the JVM installs no handler for it,"
							+ " so it never arrives");
		}
		if (Boolean.FALSE.equals(caught)) {
			return new SignalRefusedException(Kind.UNAVAILABLE,
					"the JVM accepted a handler for SIG" + name + " but the OS does not deliver it to this process");
		}
		return null;
	}

	private static String describe(sun.misc.@Nullable SignalHandler handler, String name) {
		if (handler == null || handler == sun.misc.SignalHandler.SIG_DFL) {
			return "SIG_DFL";
		}
		if (handler == sun.misc.SignalHandler.SIG_IGN) {
			return "SIG_IGN";
		}
		if (isJdkOwned(handler)) {
			return SHUTDOWN_SIGNALS.contains(name) ? "JVM shutdown handler" : "VM handler";
		}
		return "handler " + handler.getClass().getName();
	}

	// Told apart by who loaded the handler's class, not by its name, which differs
	// between VMs: the JDK's own classes come from the boot or platform class loader;
	// another library's handler is its own class.
	private static boolean isJdkOwned(sun.misc.SignalHandler handler) {
		if (handler == sun.misc.SignalHandler.SIG_DFL || handler == sun.misc.SignalHandler.SIG_IGN) {
			return false;
		}
		ClassLoader loader = handler.getClass().getClassLoader();
		return loader == null || loader == ClassLoader.getPlatformClassLoader();
	}

	/**
	 * A signal with our one JVM handler installed, and the handlers of the applications
	 * that bound it, latest first.
	 */
	private static final class InstalledSignal {

		private final String name;

		private final Signal signal;

		private final Deque<Owner> owners = new ConcurrentLinkedDeque<>();

		private volatile sun.misc.@Nullable SignalHandler previous;

		InstalledSignal(String name, Signal signal) {
			this.name = name;
			this.signal = signal;
		}

		void deliver(Signal received) {
			Owner receiving = this.owners.peekFirst();
			if (receiving != null) {
				receiving.handler.signalled(received.getNumber());
				return;
			}
			// The last owner is being released and the previous handler is not back yet:
			// give the signal to it, as the JVM would have.
			sun.misc.SignalHandler previous = this.previous;
			if (previous != null && previous != sun.misc.SignalHandler.SIG_DFL
					&& previous != sun.misc.SignalHandler.SIG_IGN) {
				previous.handle(received);
			}
		}

		Owner add(SignalHandler handler) {
			Owner owner = new Owner(this, handler, this.owners.isEmpty());
			this.owners.addFirst(owner);
			return owner;
		}

		void remove(Owner owner) {
			synchronized (lock) {
				if (this.owners.remove(owner) && this.owners.isEmpty() && installed.get(this.name) == this) {
					sun.misc.SignalHandler previous = this.previous;
					if (previous != null) {
						Signal.handle(this.signal, previous);
					}
					installed.remove(this.name);
				}
			}
		}

	}

	private static final class Owner implements Registration {

		private final InstalledSignal signal;

		private final SignalHandler handler;

		private final boolean first;

		Owner(InstalledSignal signal, SignalHandler handler, boolean first) {
			this.signal = signal;
			this.handler = handler;
			this.first = first;
		}

		@Override
		public String replaced() {
			return this.first ? describe(this.signal.previous, this.signal.name)
					: "the handler of another application in this JVM";
		}

		@Override
		public boolean isReceiving() {
			return this.signal.owners.peekFirst() == this;
		}

		@Override
		public void release() {
			this.signal.remove(this);
		}

	}

}
