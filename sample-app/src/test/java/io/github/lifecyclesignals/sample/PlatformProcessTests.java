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

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the platforms see: the Kubernetes termination message a drain leaves, and the
 * grace period a drain's budget must fit in.
 */
@MainLineOnly("The termination message file and the budget's check against the grace period are the starter's own code over files and numbers; the drain it ends runs on every line in DrainProcessTests")
class PlatformProcessTests {

	@TempDir
	Path workDir;

	@Test
	void cleanDrainLeavesItsSummaryAsTheTerminationMessage() throws Exception {
		Path message = this.workDir.resolve("termination-log");
		try (AppProcess app = AppProcess.startSample(this.workDir,
				"--lifecycle.drain.termination-message-path=" + message, "--lifecycle.drain.pre-stop-delay=0s")) {
			app.awaitReady();
			app.signal("TERM");
			assertThat(app.awaitExit(Duration.ofSeconds(30))).isZero();
			List<String> lines = Files.readAllLines(message);
			assertThat(lines).singleElement()
				.asString()
				.startsWith("Drain ended CLEAN after ")
				.endsWith("exit code 0)");
			// The same line as the log's, word for word.
			assertThat(app.log()).contains(lines.get(0));
		}
	}

	@Test
	void drainOutOfBudgetNamesWhatItAbandonedInTheTerminationMessage() throws Exception {
		Path message = this.workDir.resolve("termination-log");
		try (AppProcess app = AppProcess.startSample(this.workDir,
				"--lifecycle.drain.termination-message-path=" + message, "--lifecycle.drain.pre-stop-delay=0s",
				"--lifecycle.drain.timeout=3s")) {
			app.awaitReady();
			CompletableFuture.runAsync(() -> DrainProcessTests.post(app, "/orders?processingMillis=20000",
					DrainProcessTests.order("stuck-for-kubernetes")));
			app.awaitLog("Processing order stuck-for-kubernetes", Duration.ofSeconds(10));
			app.signal("TERM");
			assertThat(app.awaitExit(Duration.ofSeconds(30))).isEqualTo(124);
			String text = Files.readString(message);
			assertThat(text).startsWith("Drain ended TIMEOUT after ")
				.contains("1 abandoned; exit code 124)")
				.containsPattern("\nAbandoned: POST /orders \\(age [0-9.]+s\\)\n$");
		}
	}

	@Test
	void aTerminationMessagePathThatBlocksDoesNotHoldTheExit() throws Exception {
		Path message = this.workDir.resolve("termination-log");
		try (AppProcess app = AppProcess.startSample(this.workDir,
				"--lifecycle.drain.termination-message-path=" + message, "--lifecycle.drain.pre-stop-delay=0s")) {
			app.awaitReady();
			// Became a FIFO nobody reads after startup: opening it for writing blocks, as
			// a file on a hung network mount does.
			mkfifo(message);
			app.signal("TERM");
			// Well inside the 30s budget the old writer held the exit for.
			assertThat(app.awaitExit(Duration.ofSeconds(10))).isZero();
			assertThat(app.log()).contains("Drain ended CLEAN")
				.contains("Could not write the termination message to " + message + " within 500ms")
				.doesNotContain("Drain budget of");
		}
	}

	@Test
	void aTerminationMessagePathThatIsAFifoFailsStartup() throws Exception {
		Path message = this.workDir.resolve("termination-log");
		mkfifo(message);
		try (AppProcess app = AppProcess.startSample(this.workDir,
				"--lifecycle.drain.termination-message-path=" + message)) {
			assertThat(app.awaitExit(Duration.ofSeconds(60))).isEqualTo(1);
			assertThat(app.log()).contains("APPLICATION FAILED TO START", "lifecycle.drain.termination-message-path",
					"It exists and is not a regular file (a FIFO, a device or a directory)");
		}
	}

	private static void mkfifo(Path path) throws Exception {
		Files.deleteIfExists(path);
		Process mkfifo = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
		assertThat(mkfifo.waitFor()).isZero();
	}

	@Test
	void budgetThatDoesNotFitTheGracePeriodFailsStartup() throws Exception {
		try (AppProcess app = AppProcess.startSample(this.workDir, "--lifecycle.drain.timeout=30s",
				"--lifecycle.drain.grace-period=31s")) {
			assertThat(app.awaitExit(Duration.ofSeconds(60))).isEqualTo(1);
			assertThat(app.log()).contains("lifecycle.drain.grace-period")
				.contains("The drain budget (lifecycle.drain.timeout, 30.00s) must end at least 2.00s before the"
						+ " platform's grace period does")
				.contains("lower the timeout to 29.00s");
		}
	}

}
