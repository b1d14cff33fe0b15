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

import sun.misc.Signal;

/**
 * The only class that touches {@code sun.misc.Signal}. The JDK has no supported signal
 * API (JDK-8087286 was never merged); if it ever gets one, this is the class to replace.
 *
 * @author lifecycle-signals maintainers
 * @since 0.1.0
 */
@SuppressWarnings("restriction")
public final class SunMiscSignalRegistrar implements SignalRegistrar {

	@Override
	public Registration register(String name, SignalHandler handler) throws SignalRefusedException {
		Signal signal;
		sun.misc.SignalHandler previous;
		try {
			signal = new Signal(name);
			previous = Signal.handle(signal, (received) -> handler.signalled(received.getNumber()));
		}
		catch (IllegalArgumentException ex) {
			// QUIT, KILL, STOP ("already used by VM or OS"), or not a signal on this OS.
			throw new SignalRefusedException(String.valueOf(ex.getMessage()));
		}
		catch (LinkageError | SecurityException ex) {
			throw new SignalRefusedException("signals are not available on this JVM: " + ex);
		}
		// A native handler belongs to the VM itself (USR2 suspends threads, PIPE must
		// stay ignored for socket writes): replacing it can break the VM, so put it
		// straight back.
		if (String.valueOf(previous).contains("NativeHandler")) {
			Signal.handle(signal, previous);
			throw new SignalRefusedException("reserved by the VM (native handler)");
		}
		return new SunMiscRegistration(signal, previous);
	}

	private static String describe(sun.misc.SignalHandler handler) {
		String text = String.valueOf(handler);
		if (text.startsWith("java.lang.Terminator")) {
			return "JVM shutdown handler";
		}
		return text;
	}

	private record SunMiscRegistration(Signal signal, sun.misc.SignalHandler previous) implements Registration {

		@Override
		public String replaced() {
			return describe(this.previous);
		}

		@Override
		public void restore() {
			Signal.handle(this.signal, this.previous);
		}

	}

}
