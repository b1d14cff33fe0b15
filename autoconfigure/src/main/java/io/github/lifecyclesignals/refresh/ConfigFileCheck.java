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
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.env.PropertiesPropertySourceLoader;
import org.springframework.boot.env.PropertySourceLoader;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

/**
 * Finds which configuration file failed to load. Parsers report positions in an anonymous
 * "reader", so the files the live configuration came from are parsed again one by one.
 *
 * @author lifecycle-signals maintainers
 */
final class ConfigFileCheck {

	/**
	 * Boot names config data sources after their resource, e.g.
	 * {@code file [config/application.yml]}.
	 */
	private static final Pattern FILE = Pattern.compile("'file \\[(.+?)\\]'");

	private ConfigFileCheck() {
	}

	/**
	 * Names the first live configuration file that no longer parses.
	 * @param live the live environment
	 * @param resourceLoader the loader
	 * @return {@code "file config/application.yml: "}, or an empty string if none is
	 * found
	 */
	static String locate(ConfigurableEnvironment live, ResourceLoader resourceLoader) {
		for (String path : files(live)) {
			Resource resource = resourceLoader.getResource("file:" + path);
			PropertySourceLoader loader = loaderFor(path);
			if (loader == null || !resource.exists()) {
				continue;
			}
			try {
				loader.load(path, resource);
			}
			catch (IOException | RuntimeException ex) {
				return "file " + path + ": ";
			}
		}
		return "";
	}

	private static Set<String> files(ConfigurableEnvironment live) {
		Set<String> files = new LinkedHashSet<>();
		for (PropertySource<?> source : live.getPropertySources()) {
			Matcher matcher = FILE.matcher(source.getName());
			if (LiveConfigData.isConfigData(source) && matcher.find()) {
				files.add(matcher.group(1));
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
