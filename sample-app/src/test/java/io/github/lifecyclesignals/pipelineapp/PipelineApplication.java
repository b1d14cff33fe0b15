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

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.constraints.Pattern;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.env.Environment;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * An application whose configuration goes through the whole environment pipeline: a
 * {@code {cipher}} value decrypted by Spring Cloud under {@code encrypt.key} and checked
 * by a pattern, a token an application's own {@code EnvironmentPostProcessor} reads from
 * a file ({@link SecretsFileEnvironmentPostProcessor}), values built from placeholders, a
 * {@code random.*} value, {@code spring.application.json} and a profile's file.
 */
@SpringBootApplication
@EnableConfigurationProperties({ PipelineApplication.VaultProperties.class,
		PipelineApplication.GreetingProperties.class })
public class PipelineApplication {

	public static void main(String[] args) {
		SpringApplication.run(PipelineApplication.class, args);
	}

	/**
	 * Secrets: re-bound in place on refresh.
	 */
	@ConfigurationProperties("vault")
	@Validated
	public static class VaultProperties {

		@Pattern(regexp = "s3cr3t-[a-z0-9-]+")
		private String password = "s3cr3t-none";

		private String apiToken = "";

		public String getPassword() {
			return this.password;
		}

		public void setPassword(String password) {
			this.password = password;
		}

		public String getApiToken() {
			return this.apiToken;
		}

		public void setApiToken(String apiToken) {
			this.apiToken = apiToken;
		}

	}

	/**
	 * A greeting built from a placeholder: re-bound in place on refresh.
	 */
	@ConfigurationProperties("greeting")
	public static class GreetingProperties {

		private String text = "";

		public String getText() {
			return this.text;
		}

		public void setText(String text) {
			this.text = text;
		}

	}

	/**
	 * What the application runs with now. A test application: it shows the values the
	 * tests check; a real one never would.
	 */
	@RestController
	static class ValuesController {

		private final VaultProperties vault;

		private final GreetingProperties greeting;

		private final Environment environment;

		private final String instanceId;

		ValuesController(VaultProperties vault, GreetingProperties greeting, Environment environment,
				@Value("${app.instance-id}") String instanceId) {
			this.vault = vault;
			this.greeting = greeting;
			this.environment = environment;
			this.instanceId = instanceId;
		}

		@GetMapping("/values")
		Map<String, Object> values() {
			Map<String, Object> values = new LinkedHashMap<>();
			values.put("password", this.vault.getPassword());
			values.put("apiToken", this.vault.getApiToken());
			values.put("greeting", this.greeting.getText());
			values.put("instanceId", this.instanceId);
			values.put("instanceIdNow", this.environment.getProperty("app.instance-id"));
			values.put("jsonFlag", this.environment.getProperty("json.flag"));
			return values;
		}

	}

}
