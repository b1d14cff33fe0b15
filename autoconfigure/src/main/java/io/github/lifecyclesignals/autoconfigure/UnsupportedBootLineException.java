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
import org.jspecify.annotations.Nullable;

/**
 * Thrown at startup when the starter runs on a Spring Boot line it is not built for: it
 * would start, with its signals, drain and refresh quietly broken.
 *
 * @author lifecycle-signals maintainers
 * @since 0.1.0
 */
class UnsupportedBootLineException extends IllegalStateException {

	private final @Nullable String bootVersion;

	/**
	 * Creates the exception.
	 * @param bootVersion the Spring Boot version the application runs, if known
	 */
	UnsupportedBootLineException(@Nullable String bootVersion) {
		super(BootLine.STARTER + " supports " + BootLine.SUPPORTED + "; this application runs Spring Boot "
				+ ((bootVersion != null) ? bootVersion : "of another line"));
		this.bootVersion = bootVersion;
	}

	/**
	 * The Spring Boot version the application runs.
	 * @return the version, or {@code null} if unknown
	 */
	@Nullable String getBootVersion() {
		return this.bootVersion;
	}

}
