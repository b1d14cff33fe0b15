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

package io.github.lifecyclesignals.autoconfigure;

import java.util.List;

import io.github.lifecyclesignals.internal.RuntimeTypes;
import org.jspecify.annotations.Nullable;

import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;

/**
 * The types the starter looks up by name at run time, so that a native image answers the
 * lookups as the JVM does instead of reporting them absent: the web server's context
 * (which decides the default pre-stop delay), Bean Validation (which checks refresh
 * candidates), the servlet API (which tells HTTP/2 requests apart on a reactive stack),
 * and what the startup checks look for.
 *
 * @author lifecycle-signals maintainers
 * @since 0.1.0
 */
final class LifecycleRuntimeHints implements RuntimeHintsRegistrar {

	/** Every type looked up by name, by its name. */
	static final List<String> LOOKED_UP = RuntimeTypes.ALL;

	@Override
	public void registerHints(RuntimeHints hints, @Nullable ClassLoader classLoader) {
		for (String type : LOOKED_UP) {
			hints.reflection().registerTypeIfPresent(classLoader, type, (hint) -> {
			});
		}
	}

}
