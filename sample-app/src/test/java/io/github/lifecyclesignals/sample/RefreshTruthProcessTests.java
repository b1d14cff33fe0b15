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
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import io.github.lifecyclesignals.refreshapp.RefreshApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a SIGHUP makes live, and what it says, for settings in every common style: each
 * changed key is reported live, restart-required, shadowed or unused, and the report is
 * checked against the values the application actually serves.
 */
class RefreshTruthProcessTests {

	private static final String BASE = """
			demo:
			  bean:
			    size: 1
			    seed: ${random.int(1,9)}
			  record:
			    size: 1
			  scoped:
			    size: 1
			  checked:
			    limit: 10
			  flag: false
			  greeting: hello
			  listened: before
			""";

	@TempDir
	Path workDir;

	private Path configFile;

	@BeforeEach
	void writeInitialConfig() throws IOException {
		this.configFile = this.workDir.resolve("config/application.yml");
		Files.createDirectories(this.configFile.getParent());
		write(BASE);
	}

	@Test
	void keyOverriddenOnTheCommandLineIsReportedShadowedAndKeepsItsValue() throws Exception {
		try (AppProcess app = start("--demo.bean.size=7")) {
			app.awaitReady();
			write(BASE.replace("size: 1\n    seed", "size: 2\n    seed"));
			assertThat(refresh(app, 1)).contains("shadowed [demo.bean.size]");
			assertThat(values(app)).containsEntry("beanSize", 7);
		}
	}

	@MainLineOnly("The restart policy is the starter's own decision over the key classification that runs on every line")
	@Test
	void strictPolicyRejectsARefreshThatNeedsARestartAndChangesNothing() throws Exception {
		try (AppProcess app = start("--lifecycle.refresh.on-restart-required=reject")) {
			app.awaitReady();
			write(BASE.replace("size: 1\n    seed", "size: 2\n    seed")
				.replace("record:\n    size: 1", "record:\n    size: 2"));
			assertThat(refresh(app, 1)).contains("Configuration refresh REJECTED")
				.contains("restart required for [demo.record.size]")
				.contains("lifecycle.refresh.on-restart-required=reject");
			assertThat(values(app)).containsEntry("beanSize", 1);
		}
	}

	@Test
	void fileAtALocationDeclaredOptionalMayBeRemoved() throws Exception {
		Path extra = this.workDir.resolve("extra.yml");
		Files.writeString(extra, "demo:\n  greeting: from-extra\n");
		try (AppProcess app = start("--spring.config.additional-location=optional:file:" + extra)) {
			app.awaitReady();
			assertThat(values(app)).containsEntry("greeting", "from-extra");
			Files.delete(extra);
			assertThat(refresh(app, 1)).contains("APPLIED");
			assertThat(values(app)).containsEntry("greeting", "hello");
		}
	}

	@MainLineOnly("The bound on the log line is the starter's own formatting")
	@Test
	void hugeFileIsAppliedWithABoundedLogLine() throws Exception {
		StringBuilder huge = new StringBuilder(BASE);
		huge.append("bulk:\n");
		for (int i = 0; i < 120_000; i++) {
			huge.append("  key").append(i).append(": v").append(i).append('\n');
		}
		// 2.2MB, above the default bound (the oversized file test): raised on purpose.
		try (AppProcess app = start("--lifecycle.refresh.max-file-size=4MB")) {
			app.awaitReady();
			write(huge.toString());
			String line = refresh(app, 1, Duration.ofSeconds(60));
			assertThat(line).contains("APPLIED").contains("120000 changed keys").contains("unused [bulk.key");
			assertThat(line.length()).isLessThan(2_000);
			assertThat(SignalFaultsProcessTests.lifecycle(app.port()).jsonString().length()).isLessThan(50_000);
		}
	}

	@Test
	void springCloudRefreshEndpointRunsTheTransactionalRefresh() throws Exception {
		try (AppProcess app = start("--management.endpoint.refresh.access=unrestricted")) {
			app.awaitReady();
			write(BASE.replace("size: 1\n    seed", "size: 0\n    seed"));
			Http.Response response = Http.post(app.port(), "/actuator/refresh", "");
			// Rejected is not "nothing changed" (200 []): a script can tell them apart.
			assertThat(response.status()).isEqualTo(400);
			assertThat(values(app)).containsEntry("beanSize", 1);
			DocumentContext lifecycle = SignalFaultsProcessTests.lifecycle(app.port());
			assertThat(lifecycle.read("$.refresh.recent[0].trigger", String.class)).isEqualTo("actuator");
			assertThat(lifecycle.read("$.refresh.recent[0].outcome", String.class)).isEqualTo("REJECTED");
			assertThat(Http.post(app.port(), "/actuator/refresh", "").status()).isEqualTo(400);
			write(BASE.replace("greeting: hello", "greeting: bonjour"));
			Http.Response applied = Http.post(app.port(), "/actuator/refresh", "");
			assertThat(applied.status()).isEqualTo(200);
			assertThat(applied.body()).contains("demo.greeting");
			Http.Response unchanged = Http.post(app.port(), "/actuator/refresh", "");
			assertThat(unchanged.status()).isEqualTo(200);
			assertThat(unchanged.body()).isEqualTo("[]");
		}
	}

	@Test
	void springCloudRefreshEndpointIsClosedUnlessOpenedEvenWhenEveryEndpointIsExposed() throws Exception {
		try (AppProcess app = start("--management.endpoints.web.exposure.include=*")) {
			app.awaitReady();
			write(BASE.replace("greeting: hello", "greeting: bonjour"));
			assertThat(Http.post(app.port(), "/actuator/refresh", "").status()).isEqualTo(404);
			assertThat(Http.post(app.port(), "/actuator/lifecycle/refresh", "").status()).isNotEqualTo(200);
			assertThat(values(app)).containsEntry("greeting", "hello");
			assertThat(SignalFaultsProcessTests.lifecycle(app.port()).read("$.refresh.recent", List.class)).isEmpty();
		}
		try (AppProcess app = start("--management.endpoints.web.exposure.include=*",
				"--management.endpoints.access.default=unrestricted")) {
			app.awaitReady();
			assertThat(Http.post(app.port(), "/actuator/refresh", "").status()).isEqualTo(200);
		}
	}

	private AppProcess start(String... args) throws IOException {
		return start(this.workDir, args);
	}

	private static AppProcess start(Path workDir, String... args) throws IOException {
		List<String> all = new ArrayList<>(
				List.of("--spring.sql.init.mode=never", "--spring.datasource.url=jdbc:h2:mem:refresh",
						"--management.endpoints.web.exposure.include=health,lifecycle,loggers,refresh,metrics"));
		all.addAll(List.of(args));
		return AppProcess.start(workDir, AppProcess.Stack.TOMCAT, RefreshApplication.class, all.toArray(String[]::new));
	}

	private static String refresh(AppProcess app, int count) throws Exception {
		return refresh(app, count, Duration.ofSeconds(20));
	}

	/**
	 * Sends SIGHUP and returns the refresh's log line, the {@code count}th of the run.
	 */
	private static String refresh(AppProcess app, int count, Duration timeout) throws Exception {
		app.signal("HUP");
		return app.awaitLines("Configuration refresh (APPLIED|UNCHANGED|REJECTED|FAILED)", count, timeout)
			.get(count - 1);
	}

	private static Map<String, Object> values(AppProcess app) throws IOException {
		return JsonPath.parse(Http.get(app.port(), "/values").body()).read("$");
	}

	private static double metric(AppProcess app, String pathAndQuery) throws IOException {
		List<Map<String, Object>> measurements = JsonPath
			.parse(Http.get(app.port(), "/actuator/metrics/" + pathAndQuery).body())
			.read("$.measurements");
		return ((Number) measurements.get(0).get("value")).doubleValue();
	}

	private static String loggerLevel(AppProcess app, String logger) throws IOException {
		return JsonPath.parse(Http.get(app.port(), "/actuator/loggers/" + logger).body())
			.read("$.effectiveLevel", String.class);
	}

	private void write(String content) throws IOException {
		write(this.configFile, content);
	}

	private static void write(Path configFile, String content) throws IOException {
		// Write then move, as editors and config management do, so the app never reads
		// half a file.
		Path temporary = configFile.resolveSibling("application.yml.tmp");
		Files.writeString(temporary, content);
		Files.move(temporary, configFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}

	/**
	 * The scenarios that start the application alike share one (an application JVM is
	 * most of a scenario's CPU). Each begins from {@code BASE}, with a refresh back to it
	 * when the scenario before left the file otherwise, counts the refresh lines from the
	 * application's start, and reads the counters as differences. The first keeps what
	 * only a fresh start has: a log level set from the start.
	 */
	@Nested
	@TestInstance(Lifecycle.PER_CLASS)
	@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
	class OneApplication {

		private static final String LOGGER = "io.github.lifecyclesignals.refreshapp";

		private Path file;

		private AppProcess app;

		private String written;

		private int refreshes;

		@BeforeAll
		void startTheApplication(@TempDir Path dir) throws IOException {
			this.file = dir.resolve("config/application.yml");
			Files.createDirectories(this.file.getParent());
			write(BASE + "logging:\n  level:\n    " + LOGGER + ": DEBUG\n");
			this.app = RefreshTruthProcessTests.start(dir);
			this.app.awaitReady();
		}

		@AfterAll
		void stopTheApplication() {
			if (this.app != null) {
				this.app.close();
			}
		}

		@Test
		@Order(1)
		void removedLogLevelGoesBackToWhatItWouldBeWithoutTheLine() throws Exception {
			assertThat(loggerLevel(this.app, LOGGER)).as("the level set from the start").isEqualTo("DEBUG");
			write(BASE);
			assertThat(refresh()).contains("live [logging.level." + LOGGER + "]");
			assertThat(loggerLevel(this.app, LOGGER)).isEqualTo("INFO");
		}

		@Test
		@Order(2)
		void everyChangedKeyIsReportedAsWhatItIsAndTheServedValuesAgree() throws Exception {
			fromBase();
			double restartRequiredKeys = metric(this.app, "lifecycle.refresh.keys?tag=class:restart-required");
			double liveKeys = metric(this.app, "lifecycle.refresh.keys?tag=class:live");
			write(BASE.replace("size: 1\n    seed", "size: 2\n    seed")
				.replace("record:\n    size: 1", "record:\n    size: 2")
				.replace("scoped:\n    size: 1", "scoped:\n    size: 2")
				.replace("flag: false", "flag: true")
				.replace("greeting: hello", "greeting: bonjour")
				.replace("listened: before", "listened: after")
					+ "  typo-key: x\nserver:\n  max-http-request-header-size: 16KB\n");
			String line = refresh();
			Map<String, Object> values = values(this.app);
			// Live: the JavaBean, the refresh-scoped record, @Value in a refresh-scoped
			// bean, and the key a listener declared.
			assertThat(values).containsEntry("beanSize", 2)
				.containsEntry("scopedSize", 2)
				.containsEntry("greeting", "bonjour")
				.containsEntry("listened", "after");
			// Not live: the record and @Value in a singleton; the server keeps its port.
			assertThat(values).containsEntry("recordSize", 1).containsEntry("flag", false);
			assertThat(line).contains("Configuration refresh APPLIED")
				.contains("live [demo.bean.size, demo.greeting, demo.listened, demo.scoped.size]")
				.contains("restart required for [demo.flag, demo.record.size, server.max-http-request-header-size]")
				.contains("unused [demo.typo-key]")
				.doesNotContain("bonjour");
			DocumentContext lifecycle = SignalFaultsProcessTests.lifecycle(this.app.port());
			assertThat(lifecycle.read("$.refresh.recent[0].keys.live", List.class)).containsExactly("demo.bean.size",
					"demo.greeting", "demo.listened", "demo.scoped.size");
			assertThat(lifecycle.read("$.restartRequired[*].key", List.class)).containsExactly("demo.flag",
					"demo.record.size", "server.max-http-request-header-size");
			assertThat(lifecycle.read("$.restartRequired[?(@.key == 'demo.record.size')].reason", List.class)
				.get(0)
				.toString()).contains("RecordProperties");
			assertThat(
					lifecycle.read("$.restartRequired[?(@.key == 'demo.flag')].reason", List.class).get(0).toString())
				.contains("@Value");
			assertThat(lifecycle.jsonString()).doesNotContain("bonjour");
			assertThat(metric(this.app, "lifecycle.refresh.keys?tag=class:restart-required") - restartRequiredKeys)
				.isEqualTo(3.0);
			assertThat(metric(this.app, "lifecycle.refresh.keys?tag=class:live") - liveKeys).isEqualTo(4.0);
			assertThat(metric(this.app, "lifecycle.refresh.restart.required")).isEqualTo(3.0);
			// Changing the record back to its startup value leaves nothing pending for
			// it.
			write(BASE.replace("size: 1\n    seed", "size: 2\n    seed")
				.replace("flag: false", "flag: true")
				.replace("greeting: hello", "greeting: bonjour")
				.replace("listened: before", "listened: after")
					+ "  typo-key: x\nserver:\n  max-http-request-header-size: 16KB\n");
			refresh();
			assertThat(SignalFaultsProcessTests.lifecycle(this.app.port()).read("$.restartRequired[*].key", List.class))
				.containsExactly("demo.flag", "server.max-http-request-header-size");
		}

		@Test
		@Order(3)
		void profileActivatedInTheFileIsNotLoadedAndOneIncludedIsRejected() throws Exception {
			fromBase();
			Path profileFile = this.file.resolveSibling("application-foo.yml");
			Files.writeString(profileFile, "demo:\n  bean:\n    size: 99\n");
			write(BASE + "spring:\n  profiles:\n    active: foo\n");
			assertThat(refresh()).contains("restart required for [spring.profiles.active]");
			assertThat(values(this.app)).containsEntry("beanSize", 1);
			// Spring Boot reads an include from each file on its own: the profile would
			// load while the application runs without it.
			write(BASE + "spring:\n  profiles:\n    include: foo\n");
			assertThat(refresh()).contains("Configuration refresh REJECTED")
				.contains("would activate a profile the application did not start with")
				.doesNotContain("foo");
			assertThat(values(this.app)).containsEntry("beanSize", 1);
			Files.delete(profileFile);
		}

		@Test
		@Order(4)
		void badValuesAreRejectedWithoutTheValueAndEveryOneIsRecorded() throws Exception {
			fromBase();
			int rejected = rejectedCount();
			write(BASE.replace("limit: 10", "limit: 54321"));
			assertThat(refresh()).contains("REJECTED").contains("demo.checked.limit: must be at most 100");
			write(BASE + "lifecycle:\n  drain:\n    timeout: abcdef\n");
			assertThat(refresh()).contains("REJECTED")
				.contains("lifecycle.drain.timeout: cannot be converted to Duration");
			write(BASE + "lifecycle:\n  signals:\n    USR1: reboot-now\n");
			assertThat(refresh()).contains("REJECTED").contains("lifecycle.signals.USR1");
			assertThat(this.app.log()).doesNotContain("54321").doesNotContain("abcdef").doesNotContain("reboot-now");
			assertThat(rejectedCount() - rejected).isEqualTo(3);
			assertThat(SignalFaultsProcessTests.lifecycle(this.app.port()).jsonString()).doesNotContain("54321")
				.doesNotContain("abcdef");
			assertThat(values(this.app)).containsEntry("checkedLimit", 10);
		}

		@MainLineOnly("Recording a failed refresh is the starter's own history")
		@Test
		@Order(5)
		void errorDuringARefreshIsRecordedAndTheNextRefreshStillRuns() throws Exception {
			fromBase();
			// A properties bean binds the head of a placeholder chain deep enough to
			// overflow the stack while the candidate is validated.
			StringBuilder chain = new StringBuilder("chain:\n");
			for (int i = 0; i < 20_000; i++) {
				chain.append("  k").append(i).append(": ${chain.k").append(i + 1).append("}\n");
			}
			chain.append("  k20000: end\n");
			write(BASE.replace("seed: ${random.int(1,9)}", "seed: ${chain.k0}") + chain);
			assertThat(refresh()).containsPattern("Configuration refresh (REJECTED|FAILED)");
			write(BASE.replace("greeting: hello", "greeting: bonjour"));
			assertThat(refresh()).contains("APPLIED");
			assertThat(values(this.app)).containsEntry("greeting", "bonjour");
		}

		@MainLineOnly("The size bound is the starter's own check before Spring Boot reads the file")
		@Test
		@Order(6)
		void anOversizedConfigFileIsRejectedUnreadNamingItAndTheNextGoodOneApplies() throws Exception {
			fromBase();
			// 3 MB of a valid YAML file: one long quoted value.
			write(BASE.replace("greeting: hello", "greeting: bonjour") + "padding: \"" + "x".repeat(3 * 1024 * 1024)
					+ "\"\n");
			assertThat(refresh()).contains("REJECTED")
				.contains("file config/application.yml is 3.0MB")
				.contains("larger than lifecycle.refresh.max-file-size (1MB); it was not read")
				.doesNotContain("xxxx");
			assertThat(values(this.app)).containsEntry("greeting", "hello");
			write(BASE.replace("greeting: hello", "greeting: bonjour"));
			assertThat(refresh()).contains("APPLIED");
			assertThat(values(this.app)).containsEntry("greeting", "bonjour");
		}

		@MainLineOnly("The file check is the starter's own, before Spring Boot reads the file")
		@Test
		@Order(7)
		void configFileThatVanishesIsRejectedNamingIt() throws Exception {
			fromBase();
			Files.delete(this.file);
			Files.createDirectory(this.file);
			this.written = null;
			assertThat(refresh()).contains("REJECTED").contains("config/application.yml");
			Files.delete(this.file);
			assertThat(refresh()).contains("REJECTED").contains("config/application.yml");
			assertThat(values(this.app)).containsEntry("greeting", "hello");
		}

		/**
		 * Back to {@code BASE} when the scenario before left the file otherwise: a
		 * refresh that must apply (or find nothing changed), which also ends every
		 * restart the scenario before left pending.
		 */
		private void fromBase() throws Exception {
			if (!BASE.equals(this.written)) {
				write(BASE);
				assertThat(refresh()).as("the refresh back to the base file")
					.containsPattern("Configuration refresh (APPLIED|UNCHANGED)");
			}
			assertThat(SignalFaultsProcessTests.lifecycle(this.app.port()).read("$.restartRequired", List.class))
				.as("restarts pending from the scenario before")
				.isEmpty();
		}

		private String refresh() throws Exception {
			this.refreshes++;
			return RefreshTruthProcessTests.refresh(this.app, this.refreshes, Duration.ofSeconds(20));
		}

		private int rejectedCount() throws IOException {
			return SignalFaultsProcessTests.lifecycle(this.app.port()).read("$.refresh.counts.REJECTED", Integer.class);
		}

		private void write(String content) throws IOException {
			RefreshTruthProcessTests.write(this.file, content);
			this.written = content;
		}

	}

}
