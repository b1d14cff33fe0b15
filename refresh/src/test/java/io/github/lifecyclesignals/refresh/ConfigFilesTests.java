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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.github.lifecyclesignals.refresh.LoadedConfiguration.ConfigDataOrigin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.origin.Origin;
import org.springframework.boot.origin.OriginTrackedResource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.FileUrlResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ConfigFiles}.
 *
 * @author lifecycle-signals maintainers
 */
class ConfigFilesTests {

	@TempDir
	Path dir;

	@Test
	void fileResourcesHaveAPathClassPathResourcesNone() throws IOException {
		Path file = Files.writeString(this.dir.resolve("application.yml"), "a: 1\n");
		assertThat(ConfigFiles.path(new FileSystemResource(file))).isEqualTo(file.toString());
		assertThat(ConfigFiles.path(new FileUrlResource(file.toUri().toURL()))).isEqualTo(file.toString());
		assertThat(ConfigFiles.path(new ClassPathResource("application.yml"))).isNull();
	}

	@Test
	void aResourceWrappedWithItsOriginIsWhatItWraps() throws IOException {
		// As Spring Boot 3.5 hands a loaded file to its property source loaders.
		Path file = Files.writeString(this.dir.resolve("application.yml"), "a: 1\n");
		Origin origin = Origin.from("somewhere");
		assertThat(ConfigFiles.path(OriginTrackedResource.of(new FileSystemResource(file), origin)))
			.isEqualTo(file.toString());
		assertThat(ConfigFiles.path(OriginTrackedResource.of(new ClassPathResource("application.yml"), origin)))
			.isNull();
	}

	@Test
	void filesOfLoadedSourcesAreFoundThroughTheirOrigins() throws IOException {
		Path file = Files.writeString(this.dir.resolve("application.yml"), "a: 1\nb: 2\n");
		List<PropertySource<?>> sources = new YamlPropertySourceLoader().load("config", new FileSystemResource(file));
		assertThat(ConfigFiles.of(sources)).containsExactly(file.toString());
	}

	@Test
	void aFileFromADefaultLocationMustNotVanishAlsoWhenTheWholeGroupIsReported() {
		// Spring Boot 4 reports the location, Spring Boot 3.5 the group it belongs to.
		for (String location : List.of("optional:file:./config/",
				"optional:file:./;optional:file:./config/;optional:file:./config/*/")) {
			Map<String, ConfigDataOrigin> live = Map.of("config",
					new ConfigDataOrigin(location, true, "config/application.yml"));
			assertThat(ConfigFiles.vanished(live, Map.of())).as(location).containsExactly("config/application.yml");
		}
	}

	@Test
	void aFileAtALocationTheUserDeclaredOptionalMayVanish() {
		Map<String, ConfigDataOrigin> live = Map.of("extra",
				new ConfigDataOrigin("optional:file:/etc/app/extra.yml", true, "/etc/app/extra.yml"), "main",
				new ConfigDataOrigin("file:/etc/app/main.yml", false, "/etc/app/main.yml"));
		assertThat(ConfigFiles.vanished(live, Map.of())).containsExactly("/etc/app/main.yml");
		Map<String, ConfigDataOrigin> still = Map.of("main",
				new ConfigDataOrigin("file:/etc/app/main.yml", false, "/etc/app/main.yml"));
		assertThat(ConfigFiles.vanished(live, still)).isEmpty();
	}

	@Test
	void anUnparsableFileIsNamed() throws IOException {
		Path good = Files.writeString(this.dir.resolve("good.yml"), "a: 1\n");
		Path bad = Files.writeString(this.dir.resolve("bad.yml"), "a: [1\n");
		assertThat(ConfigFiles.unparsable(List.of(good.toString(), bad.toString()),
				new org.springframework.core.io.DefaultResourceLoader()))
			.isEqualTo(bad.toString());
	}

}
