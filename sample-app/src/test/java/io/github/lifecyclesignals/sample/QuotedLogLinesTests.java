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

package io.github.lifecyclesignals.sample;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every log line of the starter that the documentation quotes was logged by an
 * application in this build's process tests, numbers and absolute paths aside: a message
 * changed in the code and not in the guide fails here. Run by failsafe, after the process
 * tests have written their applications' logs to {@code target/app-logs/}.
 */
@MainLineOnly("It reads the logs of every scenario, which only the main line runs")
class QuotedLogLinesTests {

	// The starter's own messages: the drain's steps and summary, the refresh's report,
	// the
	// signal table at startup.
	private static final List<String> MESSAGES = List.of("Drain ", "Configuration refresh ", "Configuration file ",
			"Lifecycle signals:");

	// What differs from run to run: numbers, and absolute paths in brackets.
	private static final Pattern VARIABLE = Pattern.compile("\\[/[^\\]]*\\]|\\d+(?:\\.\\d+)?");

	@Test
	void everyQuotedLogLineWasLoggedByTheTests() throws IOException {
		List<String> logged = logged();
		assertThat(logged).as("log lines in target/app-logs/: run the process tests first").isNotEmpty();
		List<String> quoted = quoted();
		assertThat(quoted).as("log lines quoted by the documentation").hasSizeGreaterThan(10);
		List<String> never = quoted.stream()
			.filter((line) -> logged.stream().noneMatch(shape(line).asPredicate()))
			.toList();
		assertThat(never).as("log lines the documentation quotes that no application of the tests logged").isEmpty();
	}

	private static Pattern shape(String line) {
		StringBuilder regex = new StringBuilder();
		Matcher matcher = VARIABLE.matcher(line);
		int last = 0;
		while (matcher.find()) {
			regex.append(Pattern.quote(line.substring(last, matcher.start())));
			regex.append(matcher.group().startsWith("[") ? "\\[/[^\\]]*\\]" : "\\d+(?:\\.\\d+)?");
			last = matcher.end();
		}
		regex.append(Pattern.quote(line.substring(last)));
		return Pattern.compile(regex.toString());
	}

	// Lines of literal blocks (AsciiDoc's ...., Markdown's ```) that are one of the
	// starter's messages.
	private static List<String> quoted() throws IOException {
		List<String> quoted = new ArrayList<>();
		for (Path document : ReferenceDocumentationTests.documents()) {
			boolean literal = false;
			for (String line : Files.readAllLines(document, StandardCharsets.UTF_8)) {
				if (line.equals("....") || line.startsWith("```")) {
					literal = !literal;
				}
				else if (literal && MESSAGES.stream().anyMatch(line::startsWith)) {
					quoted.add(line);
				}
			}
		}
		return quoted;
	}

	private static List<String> logged() throws IOException {
		Path logs = Path.of("target", "app-logs");
		if (!Files.isDirectory(logs)) {
			return List.of();
		}
		List<String> logged = new ArrayList<>();
		try (Stream<Path> files = Files.list(logs)) {
			for (Path file : files.filter((path) -> path.toString().endsWith(".log")).toList()) {
				logged.addAll(new String(Files.readAllBytes(file), StandardCharsets.UTF_8).lines().toList());
			}
		}
		return logged;
	}

}
