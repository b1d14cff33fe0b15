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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import io.github.lifecyclesignals.pipelineapp.PipelineApplication;
import io.github.lifecyclesignals.sample.AppProcess.Stack;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.cloud.context.encrypt.EncryptorFactory;
import org.springframework.security.crypto.encrypt.TextEncryptor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A refresh builds its candidate with the pipeline the application started with: Spring
 * Cloud decrypts {@code {cipher}} values before they are validated and compared, an
 * application's own {@code EnvironmentPostProcessor} reads its file again,
 * {@code random.*}, {@code spring.application.json} and a profile's file behave as at
 * startup, and a key used only in another property's placeholder is what that property
 * is.
 */
class RefreshPipelineProcessTests {

	private static final String KEY = "a-test-key-that-is-long-enough";

	private final TextEncryptor encryptor = new EncryptorFactory().create(KEY);

	@TempDir
	Path workDir;

	private Path config;

	private Path profileConfig;

	private Path secrets;

	@BeforeEach
	void writeFiles() throws IOException {
		this.config = this.workDir.resolve("config/application.yml");
		this.profileConfig = this.workDir.resolve("config/application-eu.yml");
		this.secrets = this.workDir.resolve("secrets/api-token");
		Files.createDirectories(this.config.getParent());
		Files.createDirectories(this.secrets.getParent());
		writeConfig("s3cr3t-one", "world", 50);
		Files.writeString(this.profileConfig, "audience: europe\n");
		Files.writeString(this.secrets, "token-one\n");
	}

	@Test
	void cipherValuesAFileReadByAPostProcessorAndPlaceholdersRefreshAsAtStartup() throws Exception {
		try (AppProcess app = start()) {
			app.awaitReady();
			Map<String, Object> initial = values(app);
			assertThat(initial).containsEntry("password", "s3cr3t-one")
				.containsEntry("apiToken", "token-one")
				.containsEntry("greeting", "hello europe")
				.containsEntry("jsonFlag", "from-json");

			writeConfig("s3cr3t-two", "planet", 60);
			Files.writeString(this.secrets, "token-two\n");
			app.signal("HUP");
			String applied = app.awaitLog("Configuration refresh APPLIED", Duration.ofSeconds(15));
			assertThat(applied).contains("live [", "vault.api-token", "vault.password")
				.contains("restart required for [threads]")
				// Changed in application.yml, but the profile's file sets it: no change.
				.doesNotContain("audience");
			Map<String, Object> after = values(app);
			assertThat(after).containsEntry("password", "s3cr3t-two")
				.containsEntry("apiToken", "token-two")
				// The profile's file still wins over application.yml.
				.containsEntry("greeting", "hello europe")
				.containsEntry("jsonFlag", "from-json")
				.containsEntry("instanceId", initial.get("instanceId"));

			Files.writeString(this.profileConfig, "audience: eu-citizens\n");
			app.signal("HUP");
			app.awaitLines("Configuration refresh APPLIED", 2, Duration.ofSeconds(15));
			await().atMost(Duration.ofSeconds(5)).until(() -> "hello eu-citizens".equals(values(app).get("greeting")));

			assertThat(app.log()).doesNotContain("s3cr3t-", "token-one", "token-two", "planet", "eu-citizens");
		}
	}

	@Test
	void aBadCipherTextOrADecryptedValueThatFailsValidationIsRejectedAndTheOldValueKept() throws Exception {
		try (AppProcess app = start()) {
			app.awaitReady();
			Files.writeString(this.config, Files.readString(this.config)
				.replaceFirst("'\\{cipher\\}[0-9a-f]+'", "'{cipher}00112233445566778899'"));
			app.signal("HUP");
			assertThat(app.awaitLog("Configuration refresh REJECTED", Duration.ofSeconds(15)))
				.contains("vault.password");

			writeConfig("not-the-pattern", "world", 50);
			app.signal("HUP");
			String rejected = app.awaitLines("Configuration refresh REJECTED", 2, Duration.ofSeconds(15)).get(1);
			assertThat(rejected).contains("vault.password").doesNotContain("not-the-pattern");
			assertThat(values(app)).containsEntry("password", "s3cr3t-one");
			assertThat(app.log()).doesNotContain("s3cr3t-one", "not-the-pattern");
		}
	}

	private AppProcess start() throws IOException {
		return AppProcess.start(this.workDir, Stack.TOMCAT, PipelineApplication.class, "--encrypt.key=" + KEY,
				"--demo.secrets-file=" + this.secrets, "--spring.profiles.active=eu",
				"--spring.application.json={\"json\":{\"flag\":\"from-json\"}}");
	}

	private void writeConfig(String password, String audience, int threads) throws IOException {
		Files.writeString(this.config, """
				vault:
				  password: '{cipher}%s'
				audience: %s
				greeting:
				  text: hello ${audience}
				threads: %d
				server:
				  tomcat:
				    threads:
				      max: ${threads}
				app:
				  instance-id: ${random.uuid}
				""".formatted(this.encryptor.encrypt(password), audience, threads));
	}

	private static Map<String, Object> values(AppProcess app) throws IOException {
		return JsonPath.parse(Http.get(app.port(), "/values").body()).read("$");
	}

}
