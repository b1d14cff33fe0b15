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

package io.github.lifecyclesignals.sample;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.jayway.jsonpath.JsonPath;
import io.github.lifecyclesignals.actuate.LifecycleMetrics;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The documentation cannot drift from the code: the property table of
 * {@code docs/configuration.adoc} is generated from the modules' configuration metadata
 * (update it with {@code ./mvnw test -Dlifecycle.docs.update=true}), and every
 * {@code lifecycle.*} name the documentation mentions is a property, a property group or
 * a meter that exists.
 */
class ReferenceDocumentationTests {

	private static final String START = "// properties: generated from the configuration metadata by ReferenceDocumentationTests";

	private static final String END = "// end of properties";

	// A lifecycle.* name not part of a longer one (spring.lifecycle..., -Dlifecycle...).
	private static final Pattern NAME = Pattern.compile("(?<![\\w.\\-/])lifecycle\\.[A-Za-z0-9.\\-]*[A-Za-z0-9]");

	// A link to a file of the repository (not a web address): Markdown's [text](file),
	// AsciiDoc's link:file[text], image:file[text], image::file[text], include::file[].
	private static final Pattern LINK = Pattern
		.compile("\\]\\((?!https?:)([^)\\s]+)\\)|(?:link|image|include):{1,2}(?!https?:)([^\\[\\s]+)\\[");

	private static final Set<String> OURS = Set.of("lifecycle.", "management.endpoint.lifecycle.",
			"management.endpoint.refresh.");

	@Test
	void propertyTableIsGeneratedFromTheMetadata() throws IOException {
		Path page = root().resolve("docs/configuration.adoc");
		String text = Files.readString(page, StandardCharsets.UTF_8);
		int start = text.indexOf(START);
		int end = text.indexOf(END);
		assertThat(start).as("%s marks where the property table starts", page).isNotNegative();
		assertThat(end).as("%s marks where the property table ends", page).isGreaterThan(start);
		String table = table(metadata("properties"));
		String expected = text.substring(0, start + START.length()) + "\n" + table + text.substring(end);
		if (Boolean.getBoolean("lifecycle.docs.update")) {
			Files.writeString(page, expected, StandardCharsets.UTF_8);
			text = expected;
		}
		assertThat(text)
			.as("The property table in %s differs from the configuration metadata. Describe a property in"
					+ " its Javadoc, then run ./mvnw test -Dlifecycle.docs.update=true and commit the page", page)
			.isEqualTo(expected);
	}

	@Test
	void everyLifecycleNameTheDocumentationMentionsExists() throws IOException {
		Map<String, Map<String, Object>> properties = metadata("properties");
		Set<String> known = new TreeSet<>(properties.keySet());
		known.addAll(metadata("groups").keySet());
		known.addAll(meterNames());
		Set<String> maps = properties.entrySet()
			.stream()
			.filter((entry) -> String.valueOf(entry.getValue().get("type")).startsWith("java.util.Map"))
			.map(Map.Entry::getKey)
			.collect(Collectors.toSet());
		for (Path document : documents()) {
			Set<String> unknown = new TreeSet<>();
			Matcher matcher = NAME.matcher(Files.readString(document, StandardCharsets.UTF_8));
			while (matcher.find()) {
				String name = matcher.group();
				boolean mapKey = maps.stream().anyMatch((map) -> name.startsWith(map + "."));
				if (!known.contains(name) && !mapKey) {
					unknown.add(name);
				}
			}
			assertThat(unknown).as("lifecycle.* names in %s that are no property, group or meter", document).isEmpty();
		}
	}

	@Test
	void everyRelativeLinkOfTheDocumentationLeadsToAFile() throws IOException {
		for (Path document : documents()) {
			Set<String> broken = new TreeSet<>();
			Matcher matcher = LINK.matcher(Files.readString(document, StandardCharsets.UTF_8));
			while (matcher.find()) {
				String link = (matcher.group(1) != null) ? matcher.group(1) : matcher.group(2);
				// A page of docs/ reaches the repository's root through {repo} (..).
				String target = link.replaceAll("#.*$", "").replace("{repo}", "..");
				if (!target.isEmpty() && !Files.exists(document.getParent().resolve(target))) {
					broken.add(link);
				}
			}
			assertThat(broken).as("links in %s to files that do not exist", document).isEmpty();
		}
	}

	@Test
	void theGuideIncludesEveryPage() throws IOException {
		Path docs = root().resolve("docs");
		String guide = Files.readString(docs.resolve("index.adoc"), StandardCharsets.UTF_8);
		try (Stream<Path> pages = Files.list(docs)) {
			List<String> left = pages.map((page) -> page.getFileName().toString())
				.filter((name) -> name.endsWith(".adoc") && !name.equals("index.adoc"))
				.filter((name) -> !guide.contains("include::" + name + "["))
				.sorted()
				.toList();
			assertThat(left).as("pages of docs/ that the built guide (docs/index.adoc) leaves out").isEmpty();
		}
	}

	@Test
	void tableNamesEveryPropertyOfEveryModule() throws IOException {
		// The modules' metadata must all be on this class path, or the table would
		// silently lose a module's properties.
		assertThat(metadata("properties")).containsKeys("lifecycle.enabled", "lifecycle.drain.timeout",
				"lifecycle.refresh.max-file-size", "lifecycle.drain.connections.spread", "lifecycle.systemd.enabled",
				"lifecycle.drain.messaging.stop-consuming", "management.endpoint.lifecycle.access",
				"management.endpoint.refresh.access");
	}

	private static String table(Map<String, Map<String, Object>> properties) {
		StringBuilder table = new StringBuilder(
				"[cols=\"3,1,5\",options=\"header\"]\n|===\n|Property |Default |Description\n");
		// Deprecated entries differ between the editions (Spring Boot 3.5 still describes
		// management.endpoint.<id>.enabled) and are not what a user should set.
		properties.entrySet()
			.stream()
			.filter((entry) -> !Boolean.TRUE.equals(entry.getValue().get("deprecated")))
			.forEach((entry) -> row(table, entry.getKey(), entry.getValue()));
		return table.append("|===\n").toString();
	}

	private static void row(StringBuilder table, String name, Map<String, Object> property) {
		table.append("|`+")
			.append(name)
			.append("+` |")
			.append(defaultValue(property.get("defaultValue")))
			.append(" |")
			.append(cell(String.valueOf(property.getOrDefault("description", ""))))
			.append("\n");
	}

	private static String defaultValue(Object value) {
		if (value == null) {
			return "";
		}
		String text = (value instanceof List<?> list)
				? list.stream().map(String::valueOf).collect(Collectors.joining(", ")) : String.valueOf(value);
		// Literal: AsciiDoc would read {name} as an attribute and *a* as strong.
		return "`+" + text + "+`";
	}

	private static String cell(String text) {
		return text.replaceAll("\\s+", " ").replace("|", "\\|").replaceAll("\\{([\\w-]+)}", "\\\\{$1}").trim();
	}

	private static Set<String> meterNames() {
		Set<String> names = new TreeSet<>();
		for (Field field : LifecycleMetrics.class.getFields()) {
			if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
				try {
					String name = (String) field.get(null);
					names.add(name);
					// An observation's long-task timer while it runs.
					names.add(name + ".active");
				}
				catch (IllegalAccessException ex) {
					throw new IllegalStateException(ex);
				}
			}
		}
		return names;
	}

	// The starter's entries of every module's metadata on the class path, by name.
	private static Map<String, Map<String, Object>> metadata(String kind) throws IOException {
		Map<String, Map<String, Object>> entries = new TreeMap<>();
		for (URL url : Collections.list(ReferenceDocumentationTests.class.getClassLoader()
			.getResources("META-INF/spring-configuration-metadata.json"))) {
			try (InputStream in = url.openStream()) {
				Map<String, Object> all = JsonPath.parse(in).read("$");
				@SuppressWarnings("unchecked")
				List<Map<String, Object>> read = (List<Map<String, Object>>) all.getOrDefault(kind, List.of());
				for (Map<String, Object> entry : read) {
					String name = (String) entry.get("name");
					// Spring Cloud also describes management.endpoint.refresh.*.
					boolean ours = name.startsWith("lifecycle.")
							|| String.valueOf(entry.get("sourceType")).startsWith("io.github.lifecyclesignals.");
					if (ours && OURS.stream().anyMatch(name::startsWith)) {
						entries.merge(name, entry,
								(first, second) -> first.containsKey("description") ? first : second);
					}
				}
			}
		}
		return entries;
	}

	static List<Path> documents() throws IOException {
		Path root = root();
		try (Stream<Path> docs = Files.exists(root.resolve("docs")) ? Files.walk(root.resolve("docs"))
				: Stream.empty()) {
			return Stream
				.concat(Stream.of(root.resolve("README.md"), root.resolve("bench/README.md")),
						docs.filter((path) -> !path.toString().contains("/target/"))
							.filter((path) -> path.toString().endsWith(".md") || path.toString().endsWith(".adoc")))
				.filter(Files::isRegularFile)
				.toList();
		}
	}

	// The repository's root, from the Boot 4 sample or the Boot 3.5 edition's.
	static Path root() {
		for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			if (Files.isRegularFile(dir.resolve(".ci/run"))) {
				return dir;
			}
		}
		throw new IllegalStateException("no .ci/run above " + Path.of("").toAbsolutePath());
	}

}
