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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.env.PropertiesPropertySourceLoader;
import org.springframework.boot.env.PropertySourceLoader;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

/**
 * The configuration files behind config data property sources, which Spring Boot names
 * {@code Config resource 'file [config/application.yml]' via location 'optional:file:./config/'}.
 *
 * @author lifecycle-signals maintainers
 */
final class ConfigFiles {

	private static final Pattern FILE = Pattern.compile("'file \\[(.+?)\\]'");

	private static final Pattern LOCATION = Pattern.compile("via location '(.+?)'");

	/**
	 * Spring Boot's default search locations: optional to start from, but a file found
	 * there at startup is the application's configuration, and losing it is a mistake.
	 */
	private static final Set<String> DEFAULT_LOCATIONS = Set.of("optional:classpath:/", "optional:classpath:/config/",
			"optional:file:./", "optional:file:./config/", "optional:file:./config/*/");

	private ConfigFiles() {
	}

	/**
	 * Names the first configuration file of the live configuration that no longer parses.
	 * Parsers report positions in an anonymous reader, so each file is parsed again.
	 * @param live the live config data sources
	 * @param resourceLoader the loader
	 * @return the file's path, or {@code null} if none is found
	 */
	static @Nullable String unparsable(List<PropertySource<?>> live, ResourceLoader resourceLoader) {
		for (String path : files(live).keySet()) {
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
	 * Finds the files the live configuration was loaded from that the candidate lacks: a
	 * deleted file, one replaced by a directory, one no longer readable. Only a file
	 * whose location the user declared {@code optional:} may go away.
	 * @param live the live config data sources
	 * @param candidate the candidate's config data sources
	 * @return the paths of the files that must not have vanished
	 */
	static Set<String> vanished(List<PropertySource<?>> live, List<PropertySource<?>> candidate) {
		Map<String, String> before = files(live);
		Map<String, String> after = files(candidate);
		Set<String> vanished = new TreeSet<>();
		before.forEach((path, location) -> {
			boolean mayGo = location.startsWith("optional:") && !DEFAULT_LOCATIONS.contains(location);
			if (!after.containsKey(path) && !mayGo) {
				vanished.add(path);
			}
		});
		return vanished;
	}

	/**
	 * The paths of the files behind config data sources, as their sources name them.
	 * @param sources the sources
	 * @return the paths, in the order of the sources
	 */
	static Set<String> paths(List<PropertySource<?>> sources) {
		return files(sources).keySet();
	}

	// The files behind config data sources, with the locations they were found through.
	private static Map<String, String> files(List<PropertySource<?>> sources) {
		Map<String, String> files = new LinkedHashMap<>();
		for (PropertySource<?> source : sources) {
			Matcher file = FILE.matcher(source.getName());
			if (file.find()) {
				Matcher location = LOCATION.matcher(source.getName());
				files.putIfAbsent(file.group(1), location.find() ? location.group(1) : "");
			}
		}
		return files;
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
