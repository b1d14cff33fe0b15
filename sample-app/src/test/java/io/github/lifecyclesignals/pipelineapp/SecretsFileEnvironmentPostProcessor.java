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

package io.github.lifecyclesignals.pipelineapp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * An application's own post-processor, as vault-style integrations are: when
 * {@code demo.secrets-file} names a file, its content becomes {@code vault.api-token}.
 * Registered in {@code META-INF/spring.factories} of the test class path under the key
 * both Spring Boot lines read, so every test application has it; it does nothing without
 * the property.
 */
@SuppressWarnings({ "deprecation", "removal" })
public class SecretsFileEnvironmentPostProcessor implements org.springframework.boot.env.EnvironmentPostProcessor {

	static final String SOURCE = "secretsFile";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		String file = environment.getProperty("demo.secrets-file");
		if (file == null) {
			return;
		}
		try {
			String token = Files.readString(Path.of(file), StandardCharsets.UTF_8).trim();
			environment.getPropertySources().addLast(new MapPropertySource(SOURCE, Map.of("vault.api-token", token)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read demo.secrets-file", ex);
		}
	}

}
