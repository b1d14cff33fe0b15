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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The monitoring kit in {@code monitoring/}: Prometheus' own tool checks the alerting
 * rules and runs their unit tests, and the dashboard is one Grafana imports and that says
 * what each panel shows. Whether the meters it queries exist is
 * {@link ObservabilityProcessTests}' to check, against a running app.
 */
class MonitoringKitTests {

	private final Path monitoring = ObservabilityProcessTests.monitoring();

	@Test
	void rulesAreValidAndTheirUnitTestsPass() throws Exception {
		Path rules = this.monitoring.resolve("prometheus/lifecycle-signals-alerts.yml");
		assertThat(promtool("check", "rules", rules.toString())).contains("SUCCESS: 6 rules found");
		assertThat(promtool("test", "rules",
				this.monitoring.resolve("prometheus/lifecycle-signals-alerts.test.yml").toString()))
			.contains("SUCCESS");
	}

	@Test
	void everyAlertHasAUnitTestAndIsDocumented() throws IOException {
		List<String> alerts = JsonPath
			.parse(new Yaml().<Map<String, Object>>load(
					Files.readString(this.monitoring.resolve("prometheus/lifecycle-signals-alerts.yml"))))
			.read("$.groups[*].rules[*].alert");
		String tests = Files.readString(this.monitoring.resolve("prometheus/lifecycle-signals-alerts.test.yml"));
		String docs = Files.readString(this.monitoring.resolve("README.md"));
		assertThat(alerts).hasSize(6);
		for (String alert : alerts) {
			assertThat(tests).as("a promtool test case for " + alert).contains("alertname: " + alert);
			assertThat(docs).as("a section on " + alert).contains("### " + alert);
		}
	}

	@Test
	void dashboardIsImportableAndEveryPanelIsDescribed() throws IOException {
		String dashboard = Files.readString(this.monitoring.resolve("grafana/lifecycle-signals.json"));
		String docs = Files.readString(this.monitoring.resolve("README.md"));
		assertThat(JsonPath.parse(dashboard).<List<Object>>read("$.__inputs[?(@.pluginId == 'prometheus')]"))
			.hasSize(1);
		List<Map<String, Object>> panels = JsonPath.parse(dashboard).read("$.panels[?(@.type != 'row')]");
		assertThat(panels).hasSizeGreaterThan(10);
		for (Map<String, Object> panel : panels) {
			String title = (String) panel.get("title");
			assertThat((String) panel.get("description")).as(title).isNotBlank();
			assertThat(docs).as("the README describes panel " + title).contains("**" + title + "**");
			List<String> expressions = JsonPath.parse(panel).read("$.targets[*].expr");
			assertThat(expressions).as(title)
				.isNotEmpty()
				.allSatisfy((expr) -> assertThat(expr).contains("application=\"$application\""));
		}
	}

	private static String promtool(String... args) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of("promtool"));
		command.addAll(List.of(args));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.exitValue()).as(output).isZero();
		return output;
	}

}
