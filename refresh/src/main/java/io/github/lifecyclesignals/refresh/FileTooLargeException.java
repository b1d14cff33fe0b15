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

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;

import org.jspecify.annotations.Nullable;

import org.springframework.util.unit.DataSize;

/**
 * A configuration file larger than {@code lifecycle.refresh.max-file-size}: thrown before
 * it is parsed, naming the file, its size and the bound.
 *
 * @author lifecycle-signals maintainers
 */
final class FileTooLargeException extends IOException {

	private final String reason;

	FileTooLargeException(String file, long size, DataSize limit) {
		this("file " + file + " is " + describe(size) + ", larger than " + RefreshProperties.PREFIX + ".max-file-size ("
				+ describe(limit.toBytes()) + "); it was not read");
	}

	private FileTooLargeException(String reason) {
		super(reason);
		this.reason = reason;
	}

	/**
	 * What a refresh reports.
	 * @return the file, its size and the bound
	 */
	String reason() {
		return this.reason;
	}

	/**
	 * Checks the size of a file about to be read.
	 * @param file the file
	 * @param limit the bound
	 * @throws FileTooLargeException if it is larger
	 */
	static void check(Path file, DataSize limit) throws FileTooLargeException {
		long size = sizeOf(file);
		if (size > limit.toBytes()) {
			throw new FileTooLargeException(file.toString(), size, limit);
		}
	}

	/**
	 * The first of some files that is larger than a bound.
	 * @param files the paths
	 * @param limit the bound
	 * @return the failure naming it, or {@code null} if none is
	 */
	static @Nullable FileTooLargeException among(Collection<String> files, DataSize limit) {
		for (String file : files) {
			try {
				check(Path.of(file), limit);
			}
			catch (FileTooLargeException ex) {
				return ex;
			}
		}
		return null;
	}

	/**
	 * Finds this failure along a cause chain, wherever a loader wrapped it.
	 * @param failure the failure
	 * @return it, or {@code null}
	 */
	static @Nullable FileTooLargeException in(Throwable failure) {
		for (Throwable current = failure; current != null; current = current.getCause()) {
			if (current instanceof FileTooLargeException tooLarge) {
				return tooLarge;
			}
		}
		return null;
	}

	private static long sizeOf(Path file) {
		try {
			// Followed links: a ConfigMap's file is a link to the real one.
			return Files.isRegularFile(file) ? Files.size(file) : 0;
		}
		catch (IOException ex) {
			// Unreadable: the load that follows says so.
			return 0;
		}
	}

	private static String describe(long bytes) {
		if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
			return (bytes / (1024 * 1024)) + "MB";
		}
		if (bytes >= 1024 * 1024) {
			return String.format(java.util.Locale.ROOT, "%.1fMB", bytes / (1024.0 * 1024)) + " (" + bytes + " bytes)";
		}
		return bytes + " bytes";
	}

}
