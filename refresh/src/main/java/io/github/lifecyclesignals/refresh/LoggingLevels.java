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

import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.core.env.Environment;

/**
 * Puts back the level of a logger whose {@code logging.level.*} line was removed: to what
 * it would be without the line (inherited from its parent; {@code INFO} for the root).
 * spring-cloud-context re-applies the levels that are set, but leaves a logger whose
 * level was removed at the old level.
 *
 * @author lifecycle-signals maintainers
 */
final class LoggingLevels {

	private static final String PREFIX = "logging.level.";

	private LoggingLevels() {
	}

	static void resetRemoved(Set<String> changed, Environment after, @Nullable LoggingSystem loggingSystem) {
		if (loggingSystem == null) {
			return;
		}
		for (String key : changed) {
			if (key.startsWith(PREFIX) && after.getProperty(key) == null) {
				String logger = key.substring(PREFIX.length());
				if (logger.equalsIgnoreCase("root")) {
					loggingSystem.setLogLevel(LoggingSystem.ROOT_LOGGER_NAME, LogLevel.INFO);
				}
				else {
					loggingSystem.setLogLevel(logger, null);
				}
			}
		}
	}

}
