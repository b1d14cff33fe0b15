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

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringBootVersion;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Spring Boot 3.5 application given the Boot 4 edition's jar, as a user who picked the
 * wrong artifact has it: startup fails before any signal is bound, and the failure
 * analysis names the artifact to use. Only in the Boot 3 edition's build, which runs
 * after the Boot 4 edition's ({@code .ci/run}, the README's test commands).
 */
class OtherEditionProcessTests {

	private static final String THIS_EDITION_JAR = "lifecycle-signals-spring-boot3-autoconfigure-";

	@Test
	void bootFourEditionOnBootThreeFailsStartupAndNamesTheArtifactToUse() throws Exception {
		Path otherEdition = Path.of(System.getProperty("lifecycle.boot4-autoconfigure.jar", "unset"));
		assertThat(otherEdition).as("the Boot 4 edition's jar: build it first (./mvnw verify at the root)").exists();
		List<String> entries = Arrays.asList(System.getProperty("java.class.path").split(File.pathSeparator));
		assertThat(entries).anyMatch((entry) -> Path.of(entry).getFileName().toString().startsWith(THIS_EDITION_JAR));
		String classPath = entries.stream()
			.map((entry) -> Path.of(entry).getFileName().toString().startsWith(THIS_EDITION_JAR)
					? otherEdition.toAbsolutePath().toString() : entry)
			.collect(Collectors.joining(File.pathSeparator));
		Path workDir = Files.createTempDirectory("other-edition");
		Path output = workDir.resolve("output.log");
		Process app = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
				"-cp", classPath, SampleApplication.class.getName(), "--server.port=0", "--server.address=127.0.0.1")
			.directory(workDir.toFile())
			.redirectErrorStream(true)
			.redirectOutput(output.toFile())
			.start();
		assertThat(app.waitFor(60, TimeUnit.SECONDS)).as("the application ends by itself").isTrue();
		String log = Files.readString(output);
		assertThat(app.exitValue()).as(log).isEqualTo(1);
		assertThat(log).contains("APPLICATION FAILED TO START")
			.contains("lifecycle-signals-spring-boot-starter supports Spring Boot 4.0 and 4.1; this application runs"
					+ " Spring Boot " + SpringBootVersion.getVersion())
			.contains("On Spring Boot 3.5 use lifecycle-signals-spring-boot3-starter.")
			// Failed before the signal layer started: nothing bound, no web server.
			.doesNotContain("Lifecycle signals:")
			.doesNotContain("Tomcat started");
	}

}
