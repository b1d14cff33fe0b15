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

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.util.ClassUtils;
import org.springframework.util.ResourceUtils;

/**
 * Loads candidate configuration with what the application packaged looked up once. When
 * the class path is made of archives only (an executable jar), a
 * {@code classpath:application.yml} cannot appear, change or vanish while the application
 * runs, yet looking for it, and for the profile and {@code config/} variants that are not
 * there, in nested jars is about a third of a refresh. On any other class path (an IDE's
 * {@code target/classes}, an exploded image) nothing is cached; files are always read
 * afresh.
 *
 * @author lifecycle-signals maintainers
 */
final class PackagedResources implements ResourceLoader {

	private static final String CLASSPATH = "classpath:";

	private final ResourceLoader delegate;

	private final Map<String, Resource> packaged = new ConcurrentHashMap<>();

	PackagedResources(ResourceLoader delegate) {
		this.delegate = delegate;
	}

	/**
	 * Returns a loader that caches class path resources if the class path cannot change.
	 * @param delegate the application's resource loader
	 * @return a caching loader, or the delegate itself
	 */
	static ResourceLoader of(ResourceLoader delegate) {
		return isArchivesOnly(delegate.getClassLoader()) ? new PackagedResources(delegate) : delegate;
	}

	private static boolean isArchivesOnly(@Nullable ClassLoader classLoader) {
		// Spring Boot's launcher class loader lists nested jars and BOOT-INF/classes as
		// jar: URLs; what the JVM itself was started with must be archives too.
		if (!(classLoader instanceof URLClassLoader urls) || urls.getURLs().length == 0) {
			return false;
		}
		for (URL url : urls.getURLs()) {
			if (!ResourceUtils.isJarURL(url)) {
				return false;
			}
		}
		for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
			if (entry.isEmpty() || !Files.isRegularFile(Path.of(entry))) {
				return false;
			}
		}
		return true;
	}

	@Override
	public Resource getResource(String location) {
		if (!location.startsWith(CLASSPATH)) {
			return this.delegate.getResource(location);
		}
		return this.packaged.computeIfAbsent(location, (key) -> {
			ClassPathResource resource = new ClassPathResource(key.substring(CLASSPATH.length()), getClassLoader());
			return resource.exists() ? new ReadOnce(resource.getPath(), getClassLoader())
					: new Absent(resource.getPath(), getClassLoader());
		});
	}

	@Override
	public @Nullable ClassLoader getClassLoader() {
		ClassLoader classLoader = this.delegate.getClassLoader();
		return (classLoader != null) ? classLoader : ClassUtils.getDefaultClassLoader();
	}

	/**
	 * A packaged resource, its content read once. It is the same resource to Spring Boot
	 * (equal, and described the same), so the property sources it yields carry the same
	 * names as the live ones.
	 */
	private static final class ReadOnce extends ClassPathResource {

		private volatile byte @Nullable [] content;

		ReadOnce(String path, @Nullable ClassLoader classLoader) {
			super(path, classLoader);
		}

		@Override
		public boolean exists() {
			return true;
		}

		@Override
		public boolean isReadable() {
			return true;
		}

		@Override
		public InputStream getInputStream() throws IOException {
			byte[] content = this.content;
			if (content == null) {
				try (InputStream in = super.getInputStream()) {
					content = in.readAllBytes();
				}
				this.content = content;
			}
			return new ByteArrayInputStream(content);
		}

	}

	/**
	 * A resource the package does not have.
	 */
	private static final class Absent extends ClassPathResource {

		Absent(String path, @Nullable ClassLoader classLoader) {
			super(path, classLoader);
		}

		@Override
		public boolean exists() {
			return false;
		}

		@Override
		public boolean isReadable() {
			return false;
		}

	}

}
