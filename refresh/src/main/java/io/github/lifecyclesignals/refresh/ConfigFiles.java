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
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.github.lifecyclesignals.refresh.LoadedConfiguration.ConfigDataOrigin;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.env.PropertiesPropertySourceLoader;
import org.springframework.boot.env.PropertySourceLoader;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.origin.Origin;
import org.springframework.boot.origin.OriginLookup;
import org.springframework.boot.origin.OriginTrackedResource;
import org.springframework.boot.origin.TextResourceOrigin;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

/**
 * The configuration files of the file system behind config data: as Spring Boot reports
 * them while it loads (a {@link ConfigDataOrigin}), or as the origins of a loaded
 * source's properties name them.
 *
 * @author lifecycle-signals maintainers
 */
final class ConfigFiles {

	/**
	 * Spring Boot's default search locations: optional to start from, but a file found
	 * there at startup is the application's configuration, and losing it is a mistake.
	 */
	private static final Set<String> DEFAULT_LOCATIONS = Set.of("optional:classpath:/", "optional:classpath:/config/",
			"optional:file:./", "optional:file:./config/", "optional:file:./config/*/");

	private ConfigFiles() {
	}

	/**
	 * The path of a resource that is a file of the file system, as it was located.
	 * @param resource the resource
	 * @return its path, or {@code null} for a class path resource or anything else
	 */
	static @Nullable String path(Resource resource) {
		if (resource instanceof OriginTrackedResource tracked) {
			// Spring Boot 3.5 wraps what it loads; the wrapped resource says what it is.
			return path(tracked.getResource());
		}
		if (resource instanceof ClassPathResource) {
			return null;
		}
		if (resource instanceof FileSystemResource file) {
			return file.getPath();
		}
		try {
			return resource.isFile() ? resource.getFile().getPath() : null;
		}
		catch (IOException ex) {
			return null;
		}
	}

	/**
	 * The files the properties of property sources were read from, as their origins say:
	 * the files of the configuration that is live.
	 * @param sources the sources
	 * @return the paths, in the order of the sources
	 */
	static Set<String> of(Collection<PropertySource<?>> sources) {
		Set<String> files = new LinkedHashSet<>();
		for (PropertySource<?> source : sources) {
			if (source instanceof EnumerablePropertySource<?> enumerable && source instanceof OriginLookup<?>) {
				String[] names = enumerable.getPropertyNames();
				String file = (names.length > 0) ? file(origin(source, names[0])) : null;
				if (file != null) {
					files.add(file);
				}
			}
		}
		return files;
	}

	@SuppressWarnings("unchecked")
	private static @Nullable Origin origin(PropertySource<?> source, String name) {
		return ((OriginLookup<String>) source).getOrigin(name);
	}

	private static @Nullable String file(@Nullable Origin origin) {
		for (Origin current = origin; current != null; current = current.getParent()) {
			if (current instanceof TextResourceOrigin text && text.getResource() != null) {
				return path(text.getResource());
			}
		}
		return null;
	}

	/**
	 * Names the first of some configuration files that no longer parses. Parsers report
	 * positions in an anonymous reader, so each file is parsed again.
	 * @param files the files
	 * @param resourceLoader the loader
	 * @return the file's path, or {@code null} if none is found
	 */
	static @Nullable String unparsable(Collection<String> files, ResourceLoader resourceLoader) {
		for (String path : files) {
			Resource resource = resourceLoader.getResource("file:" + path);
			PropertySourceLoader loader = loaderFor(path);
			if (loader == null || !resource.isReadable()) {
				continue;
			}
			try {
				loader.load(path, resource);
			}
			catch (IOException | RuntimeException ex) {
				return path;
			}
		}
		return null;
	}

	/**
	 * Finds the files a configuration was loaded from that a candidate lacks: a deleted
	 * file, one replaced by a directory, one no longer readable. Only a file whose
	 * location the user declared {@code optional:} may go away.
	 * @param live where the live configuration's sources came from
	 * @param candidate where the candidate's came from
	 * @return the paths of the files that must not have vanished
	 */
	static Set<String> vanished(Map<String, ConfigDataOrigin> live, Map<String, ConfigDataOrigin> candidate) {
		Set<String> after = new TreeSet<>();
		candidate.values().stream().map(ConfigDataOrigin::file).filter((file) -> file != null).forEach(after::add);
		Set<String> vanished = new TreeSet<>();
		for (ConfigDataOrigin origin : live.values()) {
			boolean mayGo = origin.optional() && !isDefault(origin.location());
			if (origin.file() != null && !after.contains(origin.file()) && !mayGo) {
				vanished.add(origin.file());
			}
		}
		return vanished;
	}

	// Spring Boot 3.5 reports the whole group a file was found in
	// (optional:file:./;optional:file:./config/;...), Spring Boot 4 the one location.
	private static boolean isDefault(String location) {
		return Arrays.stream(location.split(";")).anyMatch(DEFAULT_LOCATIONS::contains);
	}

	/**
	 * The files among where config data sources came from.
	 * @param origins the origins
	 * @return the paths, in order
	 */
	static List<String> files(Map<String, ConfigDataOrigin> origins) {
		return origins.values().stream().map(ConfigDataOrigin::file).filter((file) -> file != null).distinct().toList();
	}

	private static @Nullable PropertySourceLoader loaderFor(String path) {
		String lower = path.toLowerCase(Locale.ROOT);
		if (lower.endsWith(".yml") || lower.endsWith(".yaml")) {
			return new YamlPropertySourceLoader();
		}
		if (lower.endsWith(".properties")) {
			return new PropertiesPropertySourceLoader();
		}
		return null;
	}

}
