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

package io.github.lifecyclesignals.refresh;

import java.util.LinkedHashSet;
import java.util.Set;

import org.springframework.boot.context.properties.bind.BindException;

/**
 * Describes an unexpected failure during a refresh without its messages, which can quote
 * property values: by the property it concerns where it is a binding failure, and by the
 * types along its cause chain otherwise.
 *
 * @author lifecycle-signals maintainers
 */
final class RefreshFailure {

	private RefreshFailure() {
	}

	static String describe(Throwable failure) {
		for (Throwable current = failure; current != null; current = current.getCause()) {
			if (current instanceof BindException bind) {
				return CandidateValidator.describe(bind);
			}
		}
		Set<String> types = new LinkedHashSet<>();
		for (Throwable current = failure; current != null && types.size() < 5; current = current.getCause()) {
			types.add(current.getClass().getSimpleName());
		}
		return "failed with " + String.join(" caused by ", types);
	}

}
