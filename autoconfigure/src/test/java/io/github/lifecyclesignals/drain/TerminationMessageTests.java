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

package io.github.lifecyclesignals.drain;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.github.lifecyclesignals.autoconfigure.LifecycleSignalsAutoConfiguration;
import io.github.lifecyclesignals.signal.Trigger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link TerminationMessage}: the file Kubernetes shows as a container's
 * termination message, written on real files and FIFOs, and where the drain's
 * auto-configuration puts it.
 *
 * @author lifecycle-signals maintainers
 */
@ExtendWith(OutputCaptureExtension.class)
class TerminationMessageTests {

	private static final String MARKER = "... (truncated)\n";

	private static final Trigger SIGTERM = new Trigger("SIGTERM", 15);

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(LifecycleSignalsAutoConfiguration.class, DrainAutoConfiguration.class))
		.withBean(RecordingProcessExit.class, RecordingProcessExit::new)
		.withPropertyValues("lifecycle.drain.pre-stop-delay=0s");

	@TempDir
	Path dir;

	@Test
	void summaryIsWrittenAsOneLine() throws IOException {
		Path file = this.dir.resolve("termination-log");
		new TerminationMessage(file).ended("Drain ended CLEAN after 1.20s (...; exit code 0)", List.of());
		assertThat(Files.readString(file)).isEqualTo("Drain ended CLEAN after 1.20s (...; exit code 0)\n");
	}

	@Test
	void whatWasAbandonedIsNamedOnASecondLine() throws IOException {
		Path file = this.dir.resolve("termination-log");
		new TerminationMessage(file).ended("Drain ended TIMEOUT after 30.00s (...; exit code 124)",
				List.of("POST /orders (age 29.50s)", "participant 'jobs' (2 in flight)"));
		assertThat(Files.readString(file)).isEqualTo("Drain ended TIMEOUT after 30.00s (...; exit code 124)\n"
				+ "Abandoned: POST /orders (age 29.50s), participant 'jobs' (2 in flight)\n");
	}

	@Test
	void earlierMessageIsReplacedWhole() throws IOException {
		Path file = this.dir.resolve("termination-log");
		Files.writeString(file, "An older, much longer message that the kubelet must not show any part of\n"
				+ "Abandoned: GET /old (age 1s)\n");
		new TerminationMessage(file).ended("Drain ended CLEAN", List.of());
		assertThat(Files.readString(file)).isEqualTo("Drain ended CLEAN\n");
	}

	@Test
	void pathIsTheOneItWasGiven() {
		Path file = this.dir.resolve("termination-log");
		assertThat(new TerminationMessage(file).path()).isEqualTo(file);
		assertThat(TerminationMessage.KUBERNETES_DEFAULT).isEqualTo(Path.of("/dev/termination-log"));
	}

	@Test
	void messageWithinWhatKubernetesKeepsIsKeptWhole() {
		String exactlyTheLimit = "x".repeat(TerminationMessage.LIMIT);
		assertThat(TerminationMessage.truncated(exactlyTheLimit))
			.isEqualTo(exactlyTheLimit.getBytes(StandardCharsets.UTF_8));
		assertThat(TerminationMessage.truncated("short\n")).isEqualTo("short\n".getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void messageLongerThanWhatKubernetesKeepsIsCutToItAndSaysSo() {
		String text = "y".repeat(TerminationMessage.LIMIT + 1);
		byte[] cut = TerminationMessage.truncated(text);
		assertThat(cut).hasSize(TerminationMessage.LIMIT);
		String kept = new String(cut, StandardCharsets.UTF_8);
		assertThat(kept).endsWith(MARKER)
			.startsWith("y".repeat(TerminationMessage.LIMIT - MARKER.length()))
			.hasSize(TerminationMessage.LIMIT);
	}

	@Test
	void cutNeverSplitsACharacter() throws CharacterCodingException {
		// Two-, three- and four-byte characters, shifted so that the cut falls at every
		// position within one.
		for (String character : List.of("é", "€", "😀")) {
			for (int shift = 0; shift < 4; shift++) {
				String text = "a".repeat(shift) + character.repeat(TerminationMessage.LIMIT);
				byte[] cut = TerminationMessage.truncated(text);
				String kept = strictUtf8(cut);
				assertThat(cut.length).as("%s shifted by %d", character, shift)
					.isLessThanOrEqualTo(TerminationMessage.LIMIT)
					.isGreaterThan(TerminationMessage.LIMIT - 4);
				assertThat(kept).as("%s shifted by %d", character, shift).endsWith(MARKER);
				assertThat(text).startsWith(kept.substring(0, kept.length() - MARKER.length()));
			}
		}
	}

	@Test
	void messageWrittenToTheFileStaysWithinWhatKubernetesKeeps() throws IOException {
		Path file = this.dir.resolve("termination-log");
		List<String> abandoned = new ArrayList<>();
		for (int i = 0; i < 500; i++) {
			abandoned.add("GET /reports/" + i + " (age 29.99s)");
		}
		new TerminationMessage(file).ended("Drain ended TIMEOUT after 30.00s (...; exit code 124)", abandoned);
		byte[] written = Files.readAllBytes(file);
		assertThat(written).hasSize(TerminationMessage.LIMIT);
		assertThat(new String(written, StandardCharsets.UTF_8))
			.startsWith(
					"Drain ended TIMEOUT after 30.00s (...; exit code 124)\nAbandoned: GET /reports/0 (age 29.99s), ")
			.endsWith(MARKER);
	}

	@Test
	void pathThatIsADirectoryIsReportedAndTheExitGoesOn(CapturedOutput output) {
		Path directory = this.dir;
		new TerminationMessage(directory).ended("Drain ended CLEAN", List.of());
		assertThat(directory).isDirectory();
		assertThat(output)
			.contains("Could not write the termination message to " + directory + " (FileSystemException)");
	}

	@Test
	void pathInADirectoryThatIsGoneIsReportedAndTheExitGoesOn(CapturedOutput output) {
		Path file = this.dir.resolve("gone").resolve("termination-log");
		new TerminationMessage(file).ended("Drain ended CLEAN", List.of());
		assertThat(file).doesNotExist();
		assertThat(output).contains("Could not write the termination message to " + file + " (NoSuchFileException)");
	}

	@Test
	@DisabledOnOs(value = OS.WINDOWS, disabledReason = "mkfifo")
	void fifoNobodyReadsHoldsTheExitNoLongerThanTheWriteWait(CapturedOutput output) throws Exception {
		Path fifo = mkfifo(this.dir.resolve("termination-log"));
		long startNanos = System.nanoTime();
		new TerminationMessage(fifo).ended("Drain ended CLEAN", List.of("GET /a (age 1ms)"));
		Duration took = Duration.ofNanos(System.nanoTime() - startNanos);
		assertThat(took).isGreaterThanOrEqualTo(TerminationMessage.WRITE_WAIT.minusMillis(50))
			.isLessThan(Duration.ofSeconds(5));
		assertThat(output).contains("Could not write the termination message to " + fifo + " within 500ms (opening or"
				+ " writing it blocks: a FIFO, a hung mount?); the exit goes on without it");
		// The writer still waits, on a daemon thread that cannot keep the JVM alive; a
		// reader gets the whole message.
		assertThat(LiveThreads.named("lifecycle-termination-message")).isNotEmpty().allMatch(Thread::isDaemon);
		assertThat(read(fifo)).isEqualTo("Drain ended CLEAN\nAbandoned: GET /a (age 1ms)\n");
	}

	@Test
	@DisabledOnOs(value = OS.WINDOWS, disabledReason = "mkfifo")
	void interruptedExitDoesNotWaitForTheMessageAndKeepsItsInterrupt() throws Exception {
		Path fifo = mkfifo(this.dir.resolve("termination-log"));
		long startNanos = System.nanoTime();
		Thread.currentThread().interrupt();
		new TerminationMessage(fifo).ended("Drain ended FORCED", List.of());
		Duration took = Duration.ofNanos(System.nanoTime() - startNanos);
		assertThat(Thread.interrupted()).isTrue();
		assertThat(took).isLessThan(TerminationMessage.WRITE_WAIT);
		assertThat(read(fifo)).isEqualTo("Drain ended FORCED\n");
	}

	@Test
	void withoutAPathConfiguredTheKubernetesDefaultIsUsedOnlyWhereItCanBeWritten() {
		Path path = DrainSettings.terminationMessage(new DrainProperties());
		boolean usable = Files.isRegularFile(TerminationMessage.KUBERNETES_DEFAULT)
				&& Files.isWritable(TerminationMessage.KUBERNETES_DEFAULT);
		assertThat(path).isEqualTo(usable ? TerminationMessage.KUBERNETES_DEFAULT : null);
	}

	@Test
	void blankPathWritesNoMessage() {
		assertThat(DrainSettings.terminationMessage(properties(" "))).isNull();
	}

	@Test
	void pathOfAFileStillToBeCreatedIsAccepted() {
		Path file = this.dir.resolve("termination-log");
		assertThat(DrainSettings.terminationMessage(properties(file.toString()))).isEqualTo(file);
	}

	@Test
	void pathInADirectoryThatDoesNotExistIsRejected() {
		String path = this.dir.resolve("missing").resolve("termination-log").toString();
		assertThatExceptionOfType(InvalidConfigurationPropertyValueException.class)
			.isThrownBy(() -> DrainSettings.terminationMessage(properties(path)))
			.satisfies((ex) -> assertThat(ex.getName()).isEqualTo("lifecycle.drain.termination-message-path"))
			.withMessageContaining("Its directory does not exist.");
	}

	@Test
	void pathThatIsADirectoryIsRejected() {
		assertThatExceptionOfType(InvalidConfigurationPropertyValueException.class)
			.isThrownBy(() -> DrainSettings.terminationMessage(properties(this.dir.toString())))
			.withMessageContaining("It exists and is not a regular file (a FIFO, a device or a directory)");
	}

	@Test
	@DisabledOnOs(value = OS.WINDOWS, disabledReason = "mkfifo")
	void pathThatIsAFifoFailsStartup() throws Exception {
		Path fifo = mkfifo(this.dir.resolve("termination-log"));
		this.runner.withPropertyValues("lifecycle.drain.termination-message-path=" + fifo)
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.isInstanceOf(InvalidConfigurationPropertyValueException.class)
				.hasMessageContaining("lifecycle.drain.termination-message-path")
				.hasMessageContaining("It exists and is not a regular file (a FIFO, a device or a directory): opening"
						+ " it could block the exit or fail."));
	}

	@Test
	void cleanDrainLeavesItsSummaryAsLoggedWordForWord(CapturedOutput output) {
		Path file = this.dir.resolve("termination-log");
		this.runner.withPropertyValues("lifecycle.drain.termination-message-path=" + file).run((context) -> {
			RecordingProcessExit exit = context.getBean(RecordingProcessExit.class);
			context.getBean(GracefulDrain.class).request(SIGTERM, true);
			assertThat(exit.code(Duration.ofSeconds(10))).isZero();
			List<String> lines = Files.readAllLines(file);
			assertThat(lines).singleElement()
				.asString()
				.startsWith("Drain ended CLEAN after ")
				.contains("(trigger SIGTERM; steps readiness=")
				.endsWith("; 0 request(s) served during the drain, 0 abandoned; exit code 0)");
			assertThat(output).contains("-- " + lines.get(0) + "\n");
		});
	}

	@Test
	void drainThatAbandonsARequestNamesItInTheTerminationMessage() {
		Path file = this.dir.resolve("termination-log");
		this.runner.withPropertyValues("lifecycle.drain.termination-message-path=" + file).run((context) -> {
			RecordingProcessExit exit = context.getBean(RecordingProcessExit.class);
			TestRequests.start(context, "POST", "/orders");
			context.getBean(GracefulDrain.class).request(SIGTERM, true);
			assertThat(exit.code(Duration.ofSeconds(10))).isEqualTo(124);
			assertThat(Files.readString(file)).startsWith("Drain ended TIMEOUT after ")
				.contains("; 0 request(s) served during the drain, 1 abandoned; exit code 124)\n")
				.containsPattern("\nAbandoned: POST /orders \\(age [0-9.]+m?s\\)\n$");
		});
	}

	@Test
	@DisabledOnOs(value = OS.WINDOWS, disabledReason = "mkfifo")
	void pathThatBecameAFifoAfterStartupDoesNotHoldTheExit(CapturedOutput output) {
		Path file = this.dir.resolve("termination-log");
		this.runner.withPropertyValues("lifecycle.drain.termination-message-path=" + file).run((context) -> {
			RecordingProcessExit exit = context.getBean(RecordingProcessExit.class);
			mkfifo(file);
			context.getBean(GracefulDrain.class).request(SIGTERM, true);
			assertThat(exit.code(Duration.ofSeconds(10))).isZero();
			// Exited, not halted by the deadline.
			assertThat(exit.halted).isNotDone();
			assertThat(output).contains("Could not write the termination message to " + file + " within 500ms");
			assertThat(read(file)).startsWith("Drain ended CLEAN after ");
		});
	}

	private static DrainProperties properties(String terminationMessagePath) {
		DrainProperties properties = new DrainProperties();
		properties.setTerminationMessagePath(terminationMessagePath);
		return properties;
	}

	private static String strictUtf8(byte[] bytes) throws CharacterCodingException {
		return StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT)
			.decode(ByteBuffer.wrap(bytes))
			.toString();
	}

	private static Path mkfifo(Path path) throws Exception {
		Files.deleteIfExists(path);
		Process mkfifo = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
		assertThat(mkfifo.waitFor(10, TimeUnit.SECONDS)).isTrue();
		assertThat(mkfifo.exitValue()).isZero();
		return path;
	}

	/**
	 * Reads a FIFO, which frees the writer blocked in opening it.
	 * @param fifo the FIFO
	 * @return what the writer wrote
	 * @throws Exception if nothing came in time
	 */
	private static String read(Path fifo) throws Exception {
		CompletableFuture<String> read = new CompletableFuture<>();
		Thread reader = new Thread(() -> {
			try {
				read.complete(Files.readString(fifo));
			}
			catch (IOException ex) {
				read.completeExceptionally(ex);
			}
		}, "fifo-reader");
		reader.setDaemon(true);
		reader.start();
		return read.get(5, TimeUnit.SECONDS);
	}

}
