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

package io.github.lifecyclesignals.actuate;

import io.github.lifecyclesignals.internal.RuntimeTypes;
import org.jspecify.annotations.Nullable;

import org.springframework.aot.hint.BindingReflectionHintsRegistrar;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.util.ClassUtils;

/**
 * The features' descriptions, serialized by the endpoint: its read operation returns a
 * map, so Spring Boot's own hints for endpoint return types do not reach them.
 *
 * @author lifecycle-signals maintainers
 */
final class LifecycleEndpointRuntimeHints implements RuntimeHintsRegistrar {

	@Override
	public void registerHints(RuntimeHints hints, @Nullable ClassLoader classLoader) {
		BindingReflectionHintsRegistrar bindings = new BindingReflectionHintsRegistrar();
		for (String name : RuntimeTypes.DESCRIPTIONS) {
			if (ClassUtils.isPresent(name, classLoader)) {
				bindings.registerReflectionHints(hints.reflection(), ClassUtils.resolveClassName(name, classLoader));
			}
		}
	}

}
