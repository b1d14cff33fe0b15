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

package io.github.lifecyclesignals.messagingapp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * What a messaging test app has handled, one line per message, in a file of its own that
 * outlives the process: {@code <id> <partition> <offset> <epoch millis> <pid>}.
 */
final class Journal {

	private final Path file;

	Journal(String dir) {
		try {
			Files.createDirectories(Path.of(dir));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.file = Path.of(dir, "journal-" + ProcessHandle.current().pid() + ".log");
	}

	synchronized void handled(String id, int partition, long offset) {
		String line = id + " " + partition + " " + offset + " " + System.currentTimeMillis() + " "
				+ ProcessHandle.current().pid() + "\n";
		try {
			Files.writeString(this.file, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
					StandardOpenOption.APPEND);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	// How long handling a message takes: "slow:<millis>" ids ask for more.
	static long millisFor(String id, long normal) {
		return id.startsWith("slow:") ? Long.parseLong(id.substring(5, id.indexOf(':', 5))) : normal;
	}

}
