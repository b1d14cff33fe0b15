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
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every Java sample in the guide ({@code [source,java]} blocks of {@code docs/*.adoc}) is
 * a whole compilation unit, imports included, and compiles against this line's class
 * path: the starter's modules and the Spring Boot line under test. A sample a user copies
 * cannot name a type, method or package the code no longer has.
 */
class GuideCodeSamplesTests {

	private static final Pattern JAVA_BLOCK = Pattern.compile("^\\[source,java\\]\\R----\\R(.*?)^----$",
			Pattern.MULTILINE | Pattern.DOTALL);

	@Test
	void everyJavaSampleInTheGuideCompiles(@TempDir Path classes) throws IOException {
		List<Sample> samples = samples();
		// So that a changed block syntax cannot turn this into a test of nothing.
		assertThat(samples).as("Java samples in docs/*.adoc").hasSizeGreaterThanOrEqualTo(3);
		JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
		List<String> failures = new ArrayList<>();
		for (Sample sample : samples) {
			DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
			List<String> options = List.of("-proc:none", "-d", classes.toString(), "-classpath",
					System.getProperty("java.class.path"));
			boolean compiled = compiler.getTask(null, null, diagnostics, options, null, List.of(sample.source()))
				.call();
			for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics.getDiagnostics()) {
				if (diagnostic.getKind() == Diagnostic.Kind.ERROR) {
					failures.add(sample.where(diagnostic.getLineNumber()) + ": " + diagnostic.getMessage(Locale.ROOT));
				}
			}
			if (!compiled && failures.isEmpty()) {
				failures.add(sample.where(1) + ": does not compile");
			}
		}
		assertThat(failures).as("Java samples of the guide that do not compile").isEmpty();
	}

	private static List<Sample> samples() throws IOException {
		List<Sample> samples = new ArrayList<>();
		try (Stream<Path> pages = Files.list(ReferenceDocumentationTests.root().resolve("docs"))) {
			for (Path page : pages.filter((path) -> path.toString().endsWith(".adoc")).sorted().toList()) {
				String text = Files.readString(page, StandardCharsets.UTF_8);
				Matcher block = JAVA_BLOCK.matcher(text);
				while (block.find()) {
					int firstLine = (int) text.substring(0, block.start(1)).lines().count() + 1;
					samples.add(new Sample(page.getFileName().toString(), firstLine, block.group(1)));
				}
			}
		}
		return samples;
	}

	/**
	 * One {@code [source,java]} block.
	 *
	 * @param page the page's file name
	 * @param firstLine the page's line that holds the block's first line
	 * @param code the block
	 */
	private record Sample(String page, int firstLine, String code) {

		String where(long lineInBlock) {
			return this.page + ":" + (this.firstLine + lineInBlock - 1);
		}

		JavaFileObject source() {
			URI uri = URI.create("string:///" + this.page.replace(".adoc", "") + "_" + this.firstLine + ".java");
			return new SimpleJavaFileObject(uri, JavaFileObject.Kind.SOURCE) {

				@Override
				public CharSequence getCharContent(boolean ignoreEncodingErrors) {
					return Sample.this.code;
				}

			};
		}

	}

}
