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
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What the watched files hold now, as one short string per file: the hash of its content,
 * or {@code missing}, or {@code unreadable}. Used by one thread at a time.
 * <p>
 * A content hash is reused while the file's real path, identity, size and modification
 * time stay the same, except when it was taken soon after that modification time: a file
 * system with coarse timestamps (a second on some network file systems) can give a second
 * write of the same size the same time, so such a hash is not trusted, as Git does not
 * trust its index for files modified in the same tick.
 *
 * @author lifecycle-signals maintainers
 */
final class FileFingerprints {

	private static final String MISSING = "missing";

	/**
	 * How close to a file's modification time a hash may be taken and still be reused.
	 */
	private static final Duration RACY = Duration.ofSeconds(2);

	private final Map<String, Hashed> hashed = new HashMap<>();

	/**
	 * The fingerprints of files.
	 * @param paths the files' paths
	 * @return each path's fingerprint, in the order given
	 */
	Map<String, String> of(List<String> paths) {
		Map<String, String> fingerprints = new LinkedHashMap<>();
		for (String path : paths) {
			fingerprints.put(path, of(path));
		}
		this.hashed.keySet().retainAll(fingerprints.keySet());
		return fingerprints;
	}

	private String of(String path) {
		Path file = Path.of(path);
		try {
			// Both follow symbolic links: a ConfigMap's swap of its ..data link gives the
			// file a new real path even when size and time happen to agree.
			BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
			Stat stat = new Stat(file.toRealPath().toString(), attributes.fileKey(), attributes.size(),
					attributes.lastModifiedTime());
			Hashed known = this.hashed.get(path);
			if (known != null && known.stat().equals(stat) && !known.racy()) {
				return known.hash();
			}
			Instant hashedAt = Instant.now();
			String hash = contentHash(file);
			boolean racy = stat.modified().toInstant().isAfter(hashedAt.minus(RACY));
			this.hashed.put(path, new Hashed(stat, hash, racy));
			return hash;
		}
		catch (NoSuchFileException ex) {
			this.hashed.remove(path);
			return MISSING;
		}
		catch (IOException ex) {
			this.hashed.remove(path);
			return "unreadable (" + ex.getClass().getSimpleName() + ")";
		}
	}

	private static String contentHash(Path file) throws IOException {
		MessageDigest digest = ConfigHash.sha256();
		byte[] buffer = new byte[8192];
		try (InputStream in = Files.newInputStream(file)) {
			for (int read = in.read(buffer); read != -1; read = in.read(buffer)) {
				digest.update(buffer, 0, read);
			}
		}
		return HexFormat.of().formatHex(digest.digest());
	}

	private record Stat(String realPath, @Nullable Object fileKey, long size, FileTime modified) {

	}

	private record Hashed(Stat stat, String hash, boolean racy) {

	}

}
