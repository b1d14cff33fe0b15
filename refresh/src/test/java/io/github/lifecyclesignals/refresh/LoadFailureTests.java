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
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import org.springframework.boot.env.PropertiesPropertySourceLoader;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.io.ByteArrayResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class LoadFailureTests {

	@Test
	void yamlErrorKeepsThePositionAndDropsTheQuotedLine() {
		Throwable failure = catchThrowable(() -> new YamlPropertySourceLoader().load("application.yml",
				resource("db:\n  password: \"hunter2\n  user: sa\n")));
		String description = LoadFailure.describe(failure);
		assertThat(description).contains("line").contains("column").doesNotContain("hunter2");
	}

	@Test
	void propertiesEscapeErrorNamesTheProblemWithoutTheValue() {
		Throwable failure = catchThrowable(() -> new PropertiesPropertySourceLoader().load("application.properties",
				resource("db.password=s3cr3t\\uZZZZ\n")));
		assertThat(LoadFailure.describe(failure)).contains("Malformed").doesNotContain("s3cr3t");
	}

	@Test
	void messagesAlongTheCauseChainAreKeptOnceEach() {
		IllegalStateException failure = new IllegalStateException("Failed to load config/application.yml",
				new IOException("Failed to load config/application.yml"));
		assertThat(LoadFailure.describe(failure)).isEqualTo("Failed to load config/application.yml");
	}

	@Test
	void failureWithoutAMessageIsNamedByItsType() {
		assertThat(LoadFailure.describe(new IllegalStateException())).isEqualTo("java.lang.IllegalStateException");
	}

	private static ByteArrayResource resource(String content) {
		return new ByteArrayResource(content.getBytes(StandardCharsets.UTF_8));
	}

}
