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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.github.lifecyclesignals.internal.DrainReport;
import io.github.lifecyclesignals.internal.Durations;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Writes a drain's summary to a Kubernetes termination message file, so that
 * {@code kubectl describe pod} shows how the last drain went: the kubelet reads the file
 * when the container ends, whatever the exit code (the logs are only a fallback for
 * non-zero codes).
 *
 * @author lifecycle-signals maintainers
 * @since 0.1.0
 */
final class TerminationMessage implements DrainReport {

	/** What Kubernetes keeps of a container's termination message, in bytes. */
	static final int LIMIT = 4096;

	/** Where Kubernetes reads the termination message unless the pod says otherwise. */
	public static final Path KUBERNETES_DEFAULT = Path.of("/dev/termination-log");

	/** How long the exit waits for the message to be written. */
	static final Duration WRITE_WAIT = Duration.ofMillis(500);

	private static final Log logger = LogFactory.getLog(TerminationMessage.class);

	private final Path path;

	/**
	 * Creates the writer.
	 * @param path the file to write
	 */
	TerminationMessage(Path path) {
		this.path = path;
	}

	@Override
	public void ended(String summary, List<String> abandoned) {
		StringBuilder text = new StringBuilder(summary).append('\n');
		if (!abandoned.isEmpty()) {
			text.append("Abandoned: ").append(String.join(", ", abandoned)).append('\n');
		}
		// On a thread of its own, waited for a moment only: opening a FIFO nobody reads,
		// or a file on a hung network mount, blocks, and must not hold the exit.
		CompletableFuture<Void> written = new CompletableFuture<>();
		Thread writer = new Thread(() -> write(truncated(text.toString()), written), "lifecycle-termination-message");
		writer.setDaemon(true);
		writer.start();
		try {
			written.get(WRITE_WAIT.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException ex) {
			logger.warn("Could not write the termination message to " + this.path + " within "
					+ Durations.format(WRITE_WAIT) + " (opening or writing it blocks: a FIFO, a hung mount?); the"
					+ " exit goes on without it");
		}
		catch (ExecutionException ex) {
			Throwable cause = (ex.getCause() != null) ? ex.getCause() : ex;
			logger.warn("Could not write the termination message to " + this.path + " ("
					+ cause.getClass().getSimpleName() + ")");
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private void write(byte[] content, CompletableFuture<Void> written) {
		try {
			Files.write(this.path, content, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
					StandardOpenOption.WRITE);
			written.complete(null);
		}
		catch (IOException | RuntimeException ex) {
			written.completeExceptionally(ex);
		}
	}

	Path path() {
		return this.path;
	}

	// Kubernetes keeps the first 4096 bytes: cut on a character boundary, and say so.
	static byte[] truncated(String text) {
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		if (bytes.length <= LIMIT) {
			return bytes;
		}
		String marker = "... (truncated)\n";
		int end = LIMIT - marker.length();
		while (end > 0 && (bytes[end] & 0xC0) == 0x80) {
			end--;
		}
		String kept = new String(bytes, 0, end, StandardCharsets.UTF_8);
		return (kept + marker).getBytes(StandardCharsets.UTF_8);
	}

}
