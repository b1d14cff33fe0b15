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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;
import io.github.lifecyclesignals.sample.AppProcess.Stack;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Drains and refreshes where teams look, against real backends started by the test: a
 * Zipkin server receives the spans of the sample app (found through its HTTP API after
 * the app has exited), a Prometheus server scrapes the app and a Pushgateway it pushes
 * to, and evaluates the repository's alerting rules
 * ({@code monitoring/prometheus/lifecycle-signals-alerts.yml}); the dashboard's queries
 * name only meters the app exposes.
 */
class ObservabilityProcessTests {

	private static final String SERVICE = "order-intake";

	private static Backends.Backend zipkin;

	private static Backends.Backend pushgateway;

	private static Backends.Backend prometheus;

	private static Path targets;

	@TempDir
	Path workDir;

	private Path configFile;

	@BeforeAll
	static void startBackends(@TempDir Path prometheusDir) throws IOException {
		zipkin = Backends.zipkin();
		pushgateway = Backends.pushgateway();
		targets = prometheusDir.resolve("targets.json");
		scrape("");
		Path config = prometheusDir.resolve("prometheus.yml");
		// Every second, so that a test waits seconds; the app's targets come from a file
		// the tests rewrite, the pushed series keep the labels they were pushed with.
		Files.writeString(config, """
				global:
				  scrape_interval: 1s
				  scrape_timeout: 1s
				  evaluation_interval: 1s
				rule_files:
				  - '%s'
				scrape_configs:
				  - job_name: app
				    metrics_path: /actuator/prometheus
				    file_sd_configs:
				      - files: ['%s']
				        refresh_interval: 1s
				  - job_name: pushgateway
				    honor_labels: true
				    static_configs:
				      - targets: ['%s']
				""".formatted(monitoring().resolve("prometheus/lifecycle-signals-alerts.yml"), targets,
				pushgateway.address()));
		prometheus = Backends.prometheus(config);
	}

	@AfterAll
	static void stopBackends() throws IOException {
		for (Backends.Backend backend : new Backends.Backend[] { prometheus, pushgateway, zipkin }) {
			if (backend != null) {
				backend.close();
			}
		}
	}

	@BeforeEach
	void writeConfig() throws IOException {
		this.configFile = this.workDir.resolve("config/application.yml");
		Files.createDirectories(this.configFile.getParent());
		Files.writeString(this.configFile, "orders:\n  max-quantity: 100\n");
	}

	@Test
	void drainAndRefreshSpansReachZipkinAndNameNoValue() throws Exception {
		String secret = "greeting-" + System.nanoTime();
		try (AppProcess app = start("--lifecycle.drain.pre-stop-delay=1s")) {
			app.awaitReady();
			Files.writeString(this.configFile, "orders:\n  max-quantity: 100\n  accepted-message: " + secret + "\n");
			app.signal("HUP");
			app.awaitLog("Configuration refresh APPLIED", Duration.ofSeconds(10));
			app.signal("TERM");
			assertThat(app.awaitExit(Duration.ofSeconds(30))).isZero();
		}
		// Found after the process has gone: nothing is left to send them.
		Map<String, Object> drain = awaitSpan("lifecycle drain", "result", "clean");
		assertThat(tags(drain)).containsEntry("trigger", "SIGTERM")
			.containsEntry("exit.code", "0")
			.doesNotContainKey("error");
		assertThat(annotations(drain)).containsSubsequence("drain step readiness done",
				"drain step pre-stop-delay done", "drain step close done");
		Map<String, Object> refresh = awaitSpan("lifecycle refresh", "outcome", "applied");
		assertThat(tags(refresh)).containsEntry("trigger", "SIGHUP");
		assertThat(Http.get(port(zipkin), "/api/v2/traces?serviceName=" + SERVICE + "&limit=100").body())
			.doesNotContain(secret);
	}

	@Test
	void aDrainThatTimesOutIsTracedAndPushedAndItsAlertsFire() throws Exception {
		String instance = "orders-" + System.nanoTime();
		try (AppProcess app = start("--lifecycle.drain.pre-stop-delay=1s", "--lifecycle.drain.timeout=8s",
				"--management.prometheus.metrics.export.pushgateway.enabled=true",
				"--management.prometheus.metrics.export.pushgateway.address=" + pushgateway.address(),
				"--management.prometheus.metrics.export.pushgateway.shutdown-operation=put",
				"--management.prometheus.metrics.export.pushgateway.job=" + SERVICE,
				"--management.prometheus.metrics.export.pushgateway.grouping-key.instance=" + instance)) {
			app.awaitReady();
			CompletableFuture<Http.Response> stuck = CompletableFuture.supplyAsync(() -> {
				try {
					return Http.post(app.port(), "/orders?processingMillis=60000", "{\"item\":\"x\",\"quantity\":1}");
				}
				catch (IOException ex) {
					return null;
				}
			});
			app.awaitLog("Processing order", Duration.ofSeconds(10));
			app.signal("TERM");
			assertThat(app.awaitExit(Duration.ofSeconds(30))).isEqualTo(124);
			stuck.cancel(true);
		}
		Map<String, Object> drain = awaitSpan("lifecycle drain", "result", "timeout");
		assertThat(tags(drain)).containsEntry("exit.code", "124").containsKey("error");
		String pushed = "{job=\"" + SERVICE + "\", instance=\"" + instance + "\"";
		awaitValue("lifecycle_drain_result" + pushed + ", result=\"timeout\"}", 1);
		awaitValue("lifecycle_drain_requests_abandoned_requests_total" + pushed + "}", 1);
		awaitAlert("LifecycleDrainTimedOut", instance);
		awaitAlert("LifecycleDrainAbandonedRequests", instance);
	}

	@Test
	void scrapedMetersCarryWhatTheRulesAndTheDashboardExpect() throws Exception {
		// INT ignored, as a shell ignores it for a background job: a configured signal
		// that can never arrive.
		try (AppProcess app = AppProcess.start(this.workDir, Stack.OBSERVABILITY, SampleApplication.class,
				List.of("env", "--ignore-signal=INT"), arguments(false, "--lifecycle.drain.pre-stop-delay=4s"))) {
			app.awaitReady();
			scrape("127.0.0.1:" + app.port());
			String scraped = "{job=\"app\", instance=\"127.0.0.1:" + app.port() + "\"";
			awaitValue("lifecycle_state" + scraped + ", state=\"RUNNING\"}", 1);
			awaitValue("lifecycle_signals_bindings" + scraped + ", signal=\"INT\", status=\"IGNORED\"}", 1);
			awaitValue("lifecycle_signals_bindings" + scraped + ", signal=\"TERM\", status=\"BOUND\"}", 1);

			Files.writeString(this.configFile, "orders:\n  max-quantity: -5\n");
			app.signal("HUP");
			app.awaitLog("Configuration refresh REJECTED", Duration.ofSeconds(10));
			awaitValue("lifecycle_refresh_last" + scraped + ", outcome=\"rejected\"}", 1);
			awaitAlert("LifecycleRefreshRejected", "127.0.0.1:" + app.port());

			app.signal("TERM");
			awaitValue("lifecycle_state" + scraped + ", state=\"DRAINING\"}", 1);
			// Within the pre-stop delay: the drain's meters exist, the server still
			// answers.
			Set<String> exposed = meterNames(Http.get(app.port(), "/actuator/prometheus").body());
			Set<String> queried = dashboardMeterNames();
			assertThat(queried).hasSizeGreaterThan(10);
			assertThat(exposed).containsAll(queried);
			assertThat(app.awaitExit(Duration.ofSeconds(30))).isZero();
		}
		finally {
			scrape("");
		}
	}

	// Written whole, then moved in place: Prometheus reads the file as soon as it
	// changes.
	private static void scrape(String target) throws IOException {
		Path written = Files.writeString(targets.resolveSibling("targets.json.new"),
				target.isEmpty() ? "[]" : "[{\"targets\": [\"" + target + "\"]}]");
		Files.move(written, targets, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}

	private AppProcess start(String... args) throws IOException {
		return AppProcess.start(this.workDir, Stack.OBSERVABILITY, SampleApplication.class, arguments(true, args));
	}

	// Both Spring Boot lines' property names: each ignores the other's. Untraced, no
	// span is sampled, so no meter carries an exemplar: Prometheus 2.42 (Debian's) fails
	// a scrape that has one on a count.
	private static String[] arguments(boolean traced, String... args) {
		List<String> all = new ArrayList<>(List.of("--management.endpoints.web.exposure.include=health,prometheus",
				"--management.tracing.sampling.probability=" + (traced ? "1.0" : "0.0"),
				"--management.tracing.export.zipkin.endpoint=" + zipkin.address() + "/api/v2/spans",
				"--management.zipkin.tracing.endpoint=" + zipkin.address() + "/api/v2/spans",
				"--management.metrics.tags.application=" + SERVICE));
		all.addAll(List.of(args));
		return all.toArray(String[]::new);
	}

	private static Map<String, Object> awaitSpan(String name, String tag, String value) {
		String path = "/api/v2/traces?serviceName=" + SERVICE + "&spanName=" + encode(name) + "&limit=100";
		List<Map<String, Object>> found = new ArrayList<>();
		await("span '" + name + "' with " + tag + "=" + value + " in Zipkin").atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(500))
			.until(() -> {
				List<Map<String, Object>> spans = JsonPath.parse(Http.get(port(zipkin), path).body())
					.read("$[*][?(@.tags['" + tag + "'] == '" + value + "')]");
				found.clear();
				found.addAll(spans);
				return !found.isEmpty();
			});
		return found.get(0);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> tags(Map<String, Object> span) {
		return (Map<String, Object>) span.getOrDefault("tags", Map.of());
	}

	@SuppressWarnings("unchecked")
	private static List<String> annotations(Map<String, Object> span) {
		return ((List<Map<String, Object>>) span.getOrDefault("annotations", List.of())).stream()
			.map((annotation) -> (String) annotation.get("value"))
			.toList();
	}

	private static void awaitValue(String selector, double expected) {
		await("Prometheus: " + selector + " == " + expected).atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(500))
			.until(() -> {
				List<String> values = JsonPath
					.parse(Http.get(port(prometheus), "/api/v1/query?query=" + encode(selector)).body())
					.read("$.data.result[*].value[1]");
				return values.size() == 1 && Double.parseDouble(values.get(0)) == expected;
			});
	}

	private static void awaitAlert(String alertName, String instance) {
		await("Prometheus: alert " + alertName + " firing for " + instance).atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(500))
			.until(() -> {
				List<String> firing = JsonPath.parse(Http.get(port(prometheus), "/api/v1/alerts").body())
					.read("$.data.alerts[?(@.labels.alertname == '" + alertName + "' && @.labels.instance == '"
							+ instance + "' && @.state == 'firing')].labels.alertname");
				return !firing.isEmpty();
			});
	}

	private static Set<String> meterNames(String exposition) {
		Set<String> names = new TreeSet<>();
		for (String line : exposition.split("\n")) {
			if (line.startsWith("lifecycle_")) {
				names.add(line.split("[{ ]", 2)[0]);
			}
		}
		return names;
	}

	private static Set<String> dashboardMeterNames() throws IOException {
		String dashboard = Files.readString(monitoring().resolve("grafana/lifecycle-signals.json"));
		List<String> expressions = JsonPath.parse(dashboard).read("$.panels[*].targets[*].expr");
		Set<String> names = new TreeSet<>();
		Matcher matcher = Pattern.compile("lifecycle_[a-z_]+").matcher(String.join("\n", expressions));
		while (matcher.find()) {
			names.add(matcher.group());
		}
		return names;
	}

	static Path monitoring() {
		return Backends.scripts().resolve("../../monitoring").normalize();
	}

	private static int port(Backends.Backend backend) {
		String address = backend.address();
		return Integer.parseInt(address.substring(address.lastIndexOf(':') + 1));
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

}
