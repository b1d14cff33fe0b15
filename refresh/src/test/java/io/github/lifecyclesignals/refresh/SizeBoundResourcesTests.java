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
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link SizeBoundResources} and {@link FileTooLargeException}.
 *
 * @author lifecycle-signals maintainers
 */
class SizeBoundResourcesTests {

	private static final DataSize LIMIT = DataSize.ofKilobytes(1);

	@TempDir
	Path dir;

	@Test
	void aFileWithinTheBoundReadsAndStandsForTheSameResource() throws IOException {
		Path file = Files.writeString(this.dir.resolve("application.yml"), "a: 1\n");
		DefaultResourceLoader plain = new DefaultResourceLoader();
		Resource bound = new SizeBoundResources(plain, LIMIT).getResource("file:" + file);
		Resource original = plain.getResource("file:" + file);
		assertThat(bound).isEqualTo(original).hasSameClassAs(original.getClass().cast(bound));
		assertThat(bound.getDescription()).isEqualTo(original.getDescription());
		try (InputStream in = bound.getInputStream()) {
			assertThat(new String(in.readAllBytes())).isEqualTo("a: 1\n");
		}
	}

	@Test
	void aLargerFileIsRefusedWhenOpenedNamingItAndTheBound() throws IOException {
		Path file = Files.writeString(this.dir.resolve("application.yml"), "a: \"" + "x".repeat(2048) + "\"\n");
		for (Resource resource : List.of(
				new SizeBoundResources(new DefaultResourceLoader(), LIMIT).getResource("file:" + file),
				new SizeBoundResources(new FileSystemResources(), LIMIT).getResource(file.toString()))) {
			assertThatExceptionOfType(FileTooLargeException.class).isThrownBy(resource::getInputStream)
				.withMessage(
						"file " + file + " is 2054 bytes, larger than lifecycle.refresh.max-file-size (1024 bytes);"
								+ " it was not read");
		}
	}

	@Test
	void theFirstOversizedAmongFilesIsNamedAndFoundAlongACauseChain() throws IOException {
		Path small = Files.writeString(this.dir.resolve("small.yml"), "a: 1\n");
		Path large = Files.write(this.dir.resolve("large.yml"), new byte[3 * 1024 * 1024]);
		FileTooLargeException tooLarge = FileTooLargeException.among(
				List.of(small.toString(), this.dir.resolve("missing.yml").toString(), large.toString()),
				DataSize.ofMegabytes(1));
		assertThat(tooLarge).isNotNull();
		assertThat(tooLarge.getMessage())
			.isEqualTo("file " + large + " is 3MB, larger than lifecycle.refresh.max-file-size (1MB); it was not read");
		assertThat(FileTooLargeException.in(new IllegalStateException("wrapped", tooLarge))).isSameAs(tooLarge);
		assertThat(FileTooLargeException.among(List.of(small.toString()), DataSize.ofMegabytes(1))).isNull();
	}

	/**
	 * Resolves paths to {@link FileSystemResource}s, as Spring Boot's config data
	 * resolution does for pattern locations.
	 */
	static class FileSystemResources extends DefaultResourceLoader {

		@Override
		public Resource getResource(String location) {
			return new FileSystemResource(location);
		}

	}

}
