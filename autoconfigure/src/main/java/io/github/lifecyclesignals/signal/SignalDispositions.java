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

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What the OS will do with a signal for this process, read from {@code /proc/self/status}
 * (Linux): whether the process catches it ({@code SigCgt}) or ignores it
 * ({@code SigIgn}). This is what decides whether a signal ever reaches a handler,
 * whatever the JVM said when it was bound.
 *
 * @author lifecycle-signals maintainers
 */
final class SignalDispositions {

	private static final Path STATUS = Path.of("/proc/self/status");

	private final @Nullable BigInteger caught;

	private final @Nullable BigInteger ignored;

	private SignalDispositions(@Nullable BigInteger caught, @Nullable BigInteger ignored) {
		this.caught = caught;
		this.ignored = ignored;
	}

	/**
	 * Reads the dispositions now.
	 * @return the dispositions; unknown where {@code /proc} is not available
	 */
	static SignalDispositions read() {
		try {
			List<String> lines = Files.readAllLines(STATUS);
			return new SignalDispositions(mask(lines, "SigCgt:"), mask(lines, "SigIgn:"));
		}
		catch (IOException | RuntimeException ex) {
			return new SignalDispositions(null, null);
		}
	}

	private static @Nullable BigInteger mask(List<String> lines, String field) {
		return lines.stream()
			.filter((line) -> line.startsWith(field))
			.map((line) -> new BigInteger(line.substring(field.length()).trim(), 16))
			.findFirst()
			.orElse(null);
	}

	/**
	 * Whether the process catches a signal.
	 * @param number the signal number
	 * @return whether it is caught, or {@code null} if that cannot be known here
	 */
	@Nullable Boolean isCaught(int number) {
		return (this.caught != null) ? this.caught.testBit(number - 1) : null;
	}

	/**
	 * Whether the process ignores a signal.
	 * @param number the signal number
	 * @return whether it is ignored, or {@code null} if that cannot be known here
	 */
	@Nullable Boolean isIgnored(int number) {
		return (this.ignored != null) ? this.ignored.testBit(number - 1) : null;
	}

}
