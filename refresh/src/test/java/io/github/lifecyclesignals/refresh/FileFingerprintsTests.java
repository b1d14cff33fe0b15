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
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;

import static org.assertj.core.api.Assertions.assertThat;

class FileFingerprintsTests {

	@TempDir
	Path dir;

	private final FileFingerprints fingerprints = new FileFingerprints();

	@Test
	void sameContentSameFingerprintOtherContentOther() throws IOException {
		Path file = this.dir.resolve("application.yml");
		Files.writeString(file, "a: 1\n");
		String first = fingerprint(file);
		assertThat(fingerprint(file)).isEqualTo(first);
		Files.writeString(file, "a: 2\n");
		assertThat(fingerprint(file)).isNotEqualTo(first);
		Files.writeString(file, "a: 1\n");
		assertThat(fingerprint(file)).isEqualTo(first);
	}

	@Test
	void aSymlinkSwapAboveTheFileIsSeen() throws IOException {
		Files.createDirectories(this.dir.resolve("v1"));
		Files.createDirectories(this.dir.resolve("v2"));
		Files.writeString(this.dir.resolve("v1/application.yml"), "a: 1\n");
		Files.writeString(this.dir.resolve("v2/application.yml"), "a: 2\n");
		// Same size, same (old) time: only the real path tells them apart.
		FileTime old = FileTime.from(Instant.now().minus(Duration.ofHours(1)));
		Files.setLastModifiedTime(this.dir.resolve("v1/application.yml"), old);
		Files.setLastModifiedTime(this.dir.resolve("v2/application.yml"), old);
		Files.createSymbolicLink(this.dir.resolve("..data"), Path.of("v1"));
		Path file = this.dir.resolve("application.yml");
		Files.createSymbolicLink(file, Path.of("..data/application.yml"));
		String first = fingerprint(file);
		Files.createSymbolicLink(this.dir.resolve("..data_tmp"), Path.of("v2"));
		Files.move(this.dir.resolve("..data_tmp"), this.dir.resolve("..data"), StandardCopyOption.ATOMIC_MOVE);
		assertThat(fingerprint(file)).isNotEqualTo(first);
	}

	@Test
	void aSameSizeRewriteWithinTheTimestampsResolutionIsSeen() throws IOException {
		Path file = this.dir.resolve("application.yml");
		FileTime now = FileTime.from(Instant.now());
		Files.writeString(file, "a: 1\n");
		Files.setLastModifiedTime(file, now);
		String first = fingerprint(file);
		// What a file system with one-second timestamps shows for a second write in the
		// same second: same size, same time, other content.
		Files.writeString(file, "a: 2\n");
		Files.setLastModifiedTime(file, now);
		assertThat(fingerprint(file)).isNotEqualTo(first);
	}

	@Test
	void missingAndUnreadableFilesHaveFingerprintsToo() throws IOException {
		Path file = this.dir.resolve("application.yml");
		assertThat(fingerprint(file)).isEqualTo("missing");
		Files.createDirectories(file);
		assertThat(fingerprint(file)).startsWith("unreadable");
	}

	@Test
	void configHashIgnoresOrderAndSeesEveryValue() {
		PropertySource<?> first = new MapPropertySource("a", Map.of("x", "1", "y", "2"));
		PropertySource<?> second = new MapPropertySource("b", Map.of("y", "3", "z", "4"));
		String hash = ConfigHash.of(List.of(first, second));
		assertThat(hash).hasSize(16).matches("[0-9a-f]+");
		assertThat(ConfigHash.of(List.of(new MapPropertySource("c", Map.of("z", "4", "y", "2", "x", "1")))))
			.isEqualTo(hash);
		assertThat(ConfigHash.of(List.of(second, first))).isNotEqualTo(hash);
	}

	private String fingerprint(Path file) {
		return this.fingerprints.of(List.of(file.toString())).get(file.toString());
	}

}
