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
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link PackagedResources}.
 *
 * @author lifecycle-signals maintainers
 */
class PackagedResourcesTests {

	@TempDir
	Path temp;

	@Test
	void classPathWithDirectoriesIsNotCached() {
		// The test class path has target/classes: an application run like this can
		// have its class path resources edited.
		ResourceLoader delegate = new DefaultResourceLoader();
		assertThat(PackagedResources.of(delegate)).isSameAs(delegate);
	}

	@Test
	void packagedResourceIsReadOnceAndStaysTheSameResource() throws IOException {
		Path jar = jar("application.yml", "a: 1\n");
		try (URLClassLoader classLoader = new URLClassLoader(new URL[] { new URL("jar:" + jar.toUri() + "!/") },
				null)) {
			PackagedResources resources = new PackagedResources(new DefaultResourceLoader(classLoader));
			Resource first = resources.getResource("classpath:/application.yml");
			assertThat(first.exists()).isTrue();
			assertThat(read(first)).isEqualTo("a: 1\n");
			// Rewritten under a running application (which a real one would not see
			// either): the content read once is what is served.
			Files.delete(jar);
			assertThat(read(resources.getResource("classpath:/application.yml"))).isEqualTo("a: 1\n");
			assertThat(resources.getResource("classpath:/application.yml"))
				.isEqualTo(new DefaultResourceLoader(classLoader).getResource("classpath:/application.yml"))
				.hasToString(first.toString());
		}
	}

	@Test
	void absentResourceStaysAbsentAndFilesAreDelegated() throws IOException {
		Path jar = jar("other.yml", "b: 2\n");
		Path file = this.temp.resolve("application.yml");
		try (URLClassLoader classLoader = new URLClassLoader(new URL[] { new URL("jar:" + jar.toUri() + "!/") },
				null)) {
			PackagedResources resources = new PackagedResources(new DefaultResourceLoader(classLoader));
			assertThat(resources.getResource("classpath:/application.yml").exists()).isFalse();
			Files.writeString(file, "c: 1\n");
			Resource onDisk = resources.getResource(file.toUri().toString());
			assertThat(read(onDisk)).isEqualTo("c: 1\n");
			Files.writeString(file, "c: 2\n");
			assertThat(read(resources.getResource(file.toUri().toString()))).isEqualTo("c: 2\n");
		}
	}

	private Path jar(String name, String content) throws IOException {
		Path jar = this.temp.resolve("app.jar");
		try (OutputStream out = Files.newOutputStream(jar); JarOutputStream jarOut = new JarOutputStream(out)) {
			jarOut.putNextEntry(new JarEntry(name));
			jarOut.write(content.getBytes(StandardCharsets.UTF_8));
			jarOut.closeEntry();
		}
		return jar;
	}

	private static String read(Resource resource) throws IOException {
		try (InputStream in = resource.getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
