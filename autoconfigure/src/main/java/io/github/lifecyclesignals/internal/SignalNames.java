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

package io.github.lifecyclesignals.internal;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

/**
 * Signal names accepted in configuration. Whether a name can really be bound is only
 * known at run time (it differs between OSes and JVMs), so binding may still refuse a
 * name listed here.
 *
 * @author lifecycle-signals maintainers
 * @since 0.1.0
 */
public final class SignalNames {

	/** POSIX and Linux signal names, plus {@code BREAK} (Windows), sorted. */
	static final Set<String> KNOWN = Set.copyOf(new TreeSet<>(Set.of("HUP", "INT", "QUIT", "ILL", "TRAP", "ABRT", "BUS",
			"FPE", "KILL", "USR1", "SEGV", "USR2", "PIPE", "ALRM", "TERM", "STKFLT", "CHLD", "CONT", "STOP", "TSTP",
			"TTIN", "TTOU", "URG", "XCPU", "XFSZ", "VTALRM", "PROF", "WINCH", "POLL", "IO", "PWR", "SYS", "BREAK")));

	private SignalNames() {
	}

	/**
	 * Normalizes a configured name: {@code sigterm}, {@code SIGTERM} and {@code term} all
	 * become {@code TERM}.
	 * @param configured the name as configured
	 * @return the normalized name, or {@code null} if it names no known signal
	 */
	public static @Nullable String normalize(String configured) {
		String name = configured.trim().toUpperCase(Locale.ROOT);
		if (name.startsWith("SIG")) {
			name = name.substring(3);
		}
		return KNOWN.contains(name) ? name : null;
	}

	/**
	 * All known names, sorted, for error messages.
	 * @return the names
	 */
	public static String list() {
		return String.join(", ", new TreeSet<>(KNOWN));
	}

}
