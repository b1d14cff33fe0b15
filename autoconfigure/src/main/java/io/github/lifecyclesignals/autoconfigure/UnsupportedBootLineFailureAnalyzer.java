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

import io.github.lifecyclesignals.internal.BootLine;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains an {@link UnsupportedBootLineException}. Uses only what Spring Boot 3 and 4
 * share, so that it works on the line it complains about.
 *
 * @author lifecycle-signals maintainers
 */
class UnsupportedBootLineFailureAnalyzer extends AbstractFailureAnalyzer<UnsupportedBootLineException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, UnsupportedBootLineException cause) {
		return new FailureAnalysis(cause.getMessage()
				+ ". On other lines the starter would start with its signals, drain and refresh quietly broken (Spring"
				+ " Boot 4 moved classes it needs).",
				"Use " + BootLine.SUPPORTED + " with this starter. " + BootLine.OTHER_EDITION, cause);
	}

}
