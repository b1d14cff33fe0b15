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
import java.net.URL;
import java.nio.file.Path;

import org.jspecify.annotations.Nullable;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.FileUrlResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.util.unit.DataSize;

/**
 * Loads a candidate's files no larger than a bound: a file of the file system is checked
 * when it is opened, before a parser reads a byte, so that a file imported or added since
 * the last refresh is held to the bound too. Its resources are of the same types, equal
 * to and described as the ones they stand for, so that the property sources they yield
 * carry the same names.
 *
 * @author lifecycle-signals maintainers
 */
final class SizeBoundResources implements ResourceLoader {

	private final ResourceLoader delegate;

	private final DataSize limit;

	SizeBoundResources(ResourceLoader delegate, DataSize limit) {
		this.delegate = delegate;
		this.limit = limit;
	}

	@Override
	public Resource getResource(String location) {
		Resource resource = this.delegate.getResource(location);
		if (resource instanceof FileUrlResource url) {
			return new BoundFileUrl(url.getURL(), this.limit);
		}
		if (resource instanceof FileSystemResource file) {
			return new BoundFile(file.getFile().toPath(), this.limit);
		}
		return resource;
	}

	@Override
	public @Nullable ClassLoader getClassLoader() {
		return this.delegate.getClassLoader();
	}

	private static final class BoundFileUrl extends FileUrlResource {

		private final DataSize limit;

		BoundFileUrl(URL url, DataSize limit) {
			super(url);
			this.limit = limit;
		}

		@Override
		public InputStream getInputStream() throws IOException {
			FileTooLargeException.check(getFile().toPath(), this.limit);
			return super.getInputStream();
		}

	}

	private static final class BoundFile extends FileSystemResource {

		private final DataSize limit;

		BoundFile(Path path, DataSize limit) {
			super(path);
			this.limit = limit;
		}

		@Override
		public InputStream getInputStream() throws IOException {
			FileTooLargeException.check(getFile().toPath(), this.limit);
			return super.getInputStream();
		}

	}

}
