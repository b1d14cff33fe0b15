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
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every log line of the starter that the documentation quotes was logged by an
 * application in this build's process tests, and every systemd notification it quotes was
 * received by one, numbers and absolute paths aside: a message changed in the code and
 * not in the guide fails here. A termination message quoted as
 * {@code kubectl describe pod} shows it counts as the log line it is
 * (PlatformProcessTests checks that the two are the same, word for word). Run by
 * failsafe, after the process tests have written their applications' logs ({@code *.log})
 * and what systemd's end of the socket received ({@code *.notify},
 * SystemdNotifyProcessTests) to {@code target/app-logs/}.
 */
@MainLineOnly("It reads the logs of every scenario, which only the main line runs")
class QuotedLogLinesTests {

	// The starter's own messages: the drain's steps and summary, the refresh's report,
	// the signal table at startup.
	private static final List<String> MESSAGES = List.of("Drain ", "Configuration refresh ", "Configuration file ",
			"Lifecycle signals:");

	// How kubectl describe pod shows a termination message.
	private static final Pattern TERMINATION_MESSAGE = Pattern.compile("^\\s*Message:\\s+(.*)$");

	// A notification as SystemdNotifyProcessTests records it: assignments joined by " |
	// ".
	private static final Pattern NOTIFICATION = Pattern.compile("^[A-Z_]+=.*");

	// What differs from run to run: numbers, and absolute paths in brackets.
	private static final Pattern VARIABLE = Pattern.compile("\\[/[^\\]]*\\]|\\d+(?:\\.\\d+)?");

	@Test
	void everyQuotedLogLineWasLoggedByTheTests() throws IOException {
		List<String> logged = recorded(".log");
		assertThat(logged).as("log lines in target/app-logs/: run the process tests first").isNotEmpty();
		List<String> quoted = quoted((line) -> {
			Matcher message = TERMINATION_MESSAGE.matcher(line);
			String text = message.matches() ? message.group(1) : line;
			return MESSAGES.stream().anyMatch(text::startsWith) ? text : null;
		});
		assertThat(quoted).as("log lines quoted by the documentation").hasSizeGreaterThan(10);
		assertThat(neverRecorded(quoted, logged))
			.as("log lines the documentation quotes that no application of the tests logged")
			.isEmpty();
	}

	@Test
	void everyQuotedSystemdNotificationWasReceivedByTheTests() throws IOException {
		List<String> received = recorded(".notify");
		assertThat(received).as("notifications in target/app-logs/: run SystemdNotifyProcessTests first").isNotEmpty();
		List<String> quoted = quoted((line) -> NOTIFICATION.matcher(line).matches() ? line : null);
		assertThat(quoted).as("systemd notifications quoted by the documentation").hasSizeGreaterThan(5);
		assertThat(neverRecorded(quoted, received))
			.as("systemd notifications the documentation quotes that no test received")
			.isEmpty();
	}

	private static List<String> neverRecorded(List<String> quoted, List<String> recorded) {
		return quoted.stream().filter((line) -> recorded.stream().noneMatch(shape(line).asPredicate())).toList();
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

	// Lines of literal blocks (AsciiDoc's ...., Markdown's ```) that the given function
	// recognises, as it returns them.
	private static List<String> quoted(Function<String, @Nullable String> recognised) throws IOException {
		List<String> quoted = new ArrayList<>();
		for (Path document : ReferenceDocumentationTests.documents()) {
			boolean literal = false;
			for (String line : Files.readAllLines(document, StandardCharsets.UTF_8)) {
				if (line.equals("....") || line.startsWith("```")) {
					literal = !literal;
				}
				else if (literal) {
					String text = recognised.apply(line);
					if (text != null) {
						quoted.add(text);
					}
				}
			}
		}
		return quoted;
	}

	private static List<String> recorded(String extension) throws IOException {
		Path logs = Path.of("target", "app-logs");
		if (!Files.isDirectory(logs)) {
			return List.of();
		}
		List<String> logged = new ArrayList<>();
		try (Stream<Path> files = Files.list(logs)) {
			for (Path file : files.filter((path) -> path.toString().endsWith(extension)).toList()) {
				logged.addAll(new String(Files.readAllBytes(file), StandardCharsets.UTF_8).lines().toList());
			}
		}
		return logged;
	}

}
