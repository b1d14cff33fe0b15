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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.github.lifecyclesignals.logapp.LogRotationApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * logrotate without {@code copytruncate}: the log file is renamed under a process that
 * writes as fast as it can, then {@code kill -USR1} (mapped to {@code reopen-logs}) makes
 * it open a new one. Every line must be in one of the two files, once.
 */
class LogRotationProcessTests {

	private static final int LINES = 300_000;

	private static final Pattern SEQ = Pattern.compile("seq=(\\d+)$");

	@TempDir
	Path workDir;

	@Test
	void noLineIsLostOrDoubledWhenTheFileIsRenamedAndReopenedUnderLoad() throws Exception {
		Path log = this.workDir.resolve("app.log");
		Path rotated = this.workDir.resolve("app.log.1");
		try (AppProcess app = AppProcess.start(this.workDir, AppProcess.Stack.TOMCAT, LogRotationApplication.class,
				"--logging.file.name=" + log, "--logging.config=classpath:logapp/logback-spring.xml",
				"--lifecycle.signals.USR1=reopen-logs", "--spring.sql.init.mode=never",
				"--spring.datasource.url=jdbc:h2:mem:test")) {
			app.awaitReady();
			assertThat(Http.post(app.port(), "/burst?lines=" + LINES, "").status()).isEqualTo(200);
			await().atMost(Duration.ofSeconds(30)).until(() -> Files.size(log) > 2_000_000);
			// What logrotate does without copytruncate: rename, then postrotate.
			Files.move(log, rotated);
			app.signal("USR1");
			await().atMost(Duration.ofSeconds(60))
				.pollInterval(Duration.ofMillis(200))
				.until(() -> Files.exists(log) && Files.readString(log).contains("burst done"));
			List<Integer> before = sequence(rotated);
			List<Integer> after = sequence(log);
			// The burst was writing on both sides of the reopen.
			assertThat(before).isNotEmpty();
			assertThat(after).isNotEmpty();
			Set<Integer> seen = new HashSet<>(before);
			seen.addAll(after);
			assertThat(before.size() + after.size()).isEqualTo(LINES);
			assertThat(seen).hasSize(LINES);
			// In order: the old file ends where the new one starts.
			assertThat(after.get(0)).isEqualTo(before.get(before.size() - 1) + 1);
			assertThat(Files.readString(log)).contains("reopen-logs: reopened " + log);
			assertThat(Files.readString(rotated)).doesNotContain("reopen-logs: reopened");
		}
	}

	private static List<Integer> sequence(Path file) throws IOException {
		try (Stream<String> lines = Files.lines(file)) {
			return lines.map(SEQ::matcher)
				.filter(Matcher::find)
				.map((matcher) -> Integer.valueOf(matcher.group(1)))
				.toList();
		}
	}

}
