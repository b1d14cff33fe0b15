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

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Describes why a configuration file did not load: the messages along the cause chain
 * (the outer ones name the file, the innermost is the parser's), without repeating any.
 * Parsers quote the offending line of the file, which may hold a secret: only the first
 * line of each message and the line and column numbers are kept.
 *
 * @author lifecycle-signals maintainers
 */
final class LoadFailure {

	private static final Pattern POSITION = Pattern.compile("line (\\d+), column (\\d+)");

	private LoadFailure() {
	}

	static String describe(Throwable failure) {
		List<String> messages = new ArrayList<>();
		for (Throwable current = failure; current != null; current = current.getCause()) {
			String message = current.getMessage();
			if (message != null) {
				String summary = summarize(message);
				if (!summary.isEmpty() && messages.stream().noneMatch((seen) -> seen.contains(summary))) {
					messages.add(summary);
				}
			}
		}
		return messages.isEmpty() ? failure.getClass().getName() : String.join(": ", messages);
	}

	private static String summarize(String message) {
		String firstLine = message.lines().findFirst().orElse("").trim();
		Matcher position = POSITION.matcher(message);
		String where = null;
		while (position.find()) {
			where = position.group();
		}
		return (where != null && !firstLine.contains(where)) ? firstLine + " (" + where + ")" : firstLine;
	}

}
