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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.github.lifecyclesignals.sample.NotifyReceiver.Message;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * systemd's notify protocol as a {@code Type=notify-reload} unit with a watchdog gets it:
 * the sample app runs with {@code NOTIFY_SOCKET} naming a real AF_UNIX datagram socket
 * that records the exact sequence for start, an applied and a rejected SIGHUP refresh,
 * and a SIGTERM drain.
 */
class SystemdNotifyProcessTests {

	@TempDir
	Path workDir;

	private Path configFile;

	@BeforeEach
	void writeInitialConfig() throws IOException {
		this.configFile = this.workDir.resolve("config/application.yml");
		Files.createDirectories(this.configFile.getParent());
		writeConfig("orders:\n  max-quantity: 100\n");
	}

	@Test
	void startReloadsAndDrainAreAnnouncedInOrderWithWatchdogPings() throws Exception {
		Path socketPath = this.workDir.resolve("notify.sock");
		try (NotifyReceiver systemd = NotifyReceiver.bind(socketPath);
				AppProcess app = AppProcess.start(this.workDir, AppProcess.Stack.TOMCAT, SampleApplication.class,
						List.of("env", "NOTIFY_SOCKET=" + socketPath, "WATCHDOG_USEC=1000000"),
						"--lifecycle.drain.pre-stop-delay=2s")) {
			int ready = systemd.await(0, (text) -> text.startsWith("READY=1"), Duration.ofSeconds(60));
			assertThat(ready).isZero();
			// READY=1 means accepting traffic: readiness says so already.
			assertThat(Http.get(app.port(), "/actuator/health/readiness").status()).isEqualTo(200);
			// Pings at half of WATCHDOG_USEC while liveness is CORRECT.
			await().atMost(Duration.ofSeconds(10)).until(() -> count(systemd, "WATCHDOG=1") >= 3);

			writeConfig("orders:\n  max-quantity: 150\n");
			long hupMicros = TimeUnit.NANOSECONDS.toMicros(System.nanoTime());
			app.signal("HUP");
			int reloading = systemd.await(ready, (text) -> text.startsWith("RELOADING=1"), Duration.ofSeconds(10));
			Message reloadingMessage = systemd.messages().get(reloading);
			// MONOTONIC_USEC is CLOCK_MONOTONIC (which System.nanoTime() reads here, see
			// monotonicClockIsTheOneSystemdReads): no earlier than the signal, no later
			// than the message's arrival.
			assertThat(Long.parseLong(reloadingMessage.value("MONOTONIC_USEC"))).isBetween(hupMicros,
					TimeUnit.NANOSECONDS.toMicros(reloadingMessage.receivedNanos()));
			int reloaded = systemd.await(reloading, (text) -> text.startsWith("READY=1"), Duration.ofSeconds(10));
			// When systemctl reload returns, the new value is served.
			assertThat(SampleApi.maxQuantity(app)).isEqualTo(150);
			assertThat(systemd.messages().get(reloaded).value("STATUS"))
				.isEqualTo("Configuration refresh APPLIED (trigger SIGHUP, 1 changed key)");

			writeConfig("orders:\n  max-quantity: 50000\n");
			app.signal("HUP");
			int rejecting = systemd.await(reloaded + 1, (text) -> text.startsWith("RELOADING=1"),
					Duration.ofSeconds(10));
			int rejected = systemd.await(rejecting, (text) -> text.startsWith("READY=1"), Duration.ofSeconds(10));
			assertThat(systemd.messages().get(rejected).value("STATUS"))
				.startsWith("Configuration refresh REJECTED (trigger SIGHUP, 1 changed key): ")
				.contains("orders.max-quantity")
				.doesNotContain("50000");
			assertThat(SampleApi.maxQuantity(app)).isEqualTo(150);

			app.signal("TERM");
			int stopping = systemd.await(rejected, (text) -> text.startsWith("STOPPING=1"), Duration.ofSeconds(10));
			assertThat(systemd.messages().get(stopping).value("STATUS")).isEqualTo("Draining (trigger SIGTERM)");
			assertThat(app.awaitExit(Duration.ofSeconds(30))).isZero();
			int extended = systemd.await(stopping, (text) -> text.startsWith("EXTEND_TIMEOUT_USEC="),
					Duration.ofSeconds(5));
			Message extension = systemd.messages().get(extended);
			// Never past the budget (30s) and its margin.
			assertThat(Long.parseLong(extension.value("EXTEND_TIMEOUT_USEC"))).isBetween(1L, 33_000_000L);
			assertThat(extension.value("STATUS")).startsWith("Draining: ").contains(" in flight, ").endsWith(" left");
			int summary = systemd.await(extended, (text) -> text.startsWith("STATUS=Drain ended CLEAN"),
					Duration.ofSeconds(5));
			// The last word: no progress, no watchdog ping after it.
			assertThat(summary).isEqualTo(systemd.messages().size() - 1);

			List<String> sequence = new ArrayList<>();
			for (Message message : systemd.messages()) {
				if (!message.text().equals("WATCHDOG=1")) {
					sequence.add(message.text().replace("\n", " | "));
				}
			}
			System.out.println("systemd notifications, WATCHDOG=1 left out (" + count(systemd, "WATCHDOG=1")
					+ " of them):\n  " + String.join("\n  ", sequence));
			// Beside the applications' logs, for QuotedLogLinesTests: the guide quotes
			// this
			// sequence.
			Files.write(Path.of("target", "app-logs", "systemd-notify-" + app.pid() + ".notify"), sequence);
		}
	}

	@Test
	void monotonicClockIsTheOneSystemdReads() throws Exception {
		// MONOTONIC_USEC must be CLOCK_MONOTONIC; HotSpot's System.nanoTime() reads it on
		// Linux. Compared with Python's reading of that clock, taken between two of ours.
		long before = System.nanoTime();
		Process python = new ProcessBuilder("/usr/bin/python3", "-c",
				"import time; print(time.clock_gettime_ns(time.CLOCK_MONOTONIC))")
			.start();
		String output = new String(python.getInputStream().readAllBytes()).trim();
		assertThat(python.waitFor()).isZero();
		long after = System.nanoTime();
		assertThat(Long.parseLong(output)).isBetween(before, after);
	}

	@MainLineOnly("What the starter says without junixsocket is its own class path check")
	@Test
	void withoutJunixsocketStartupSaysSystemdIsNotNotifiedAndTheAppStillServes() throws Exception {
		Path socketPath = this.workDir.resolve("notify.sock");
		try (NotifyReceiver systemd = NotifyReceiver.bind(socketPath);
				AppProcess app = AppProcess.start(this.workDir, AppProcess.Stack.TOMCAT_WITHOUT_JUNIXSOCKET,
						SampleApplication.class, List.of("env", "NOTIFY_SOCKET=" + socketPath),
						"--lifecycle.drain.pre-stop-delay=0s")) {
			app.awaitReady();
			assertThat(app.log()).contains("Lifecycle signals running without: systemd notifications (NOTIFY_SOCKET is"
					+ " set, but junixsocket is not on the class path");
			app.signal("TERM");
			assertThat(app.awaitExit(Duration.ofSeconds(30))).isZero();
			assertThat(systemd.messages()).isEmpty();
		}
	}

	@Test
	void sampleUnitIsAcceptedBySystemdAnalyze() throws Exception {
		Process verify = new ProcessBuilder("systemd-analyze", "verify",
				sampleDirectory().resolve("systemd/order-intake.service").toAbsolutePath().toString())
			.redirectErrorStream(true)
			.start();
		String output = new String(verify.getInputStream().readAllBytes());
		assertThat(verify.waitFor()).isZero();
		Process version = new ProcessBuilder("systemd-analyze", "--version").start();
		int systemdVersion = Integer
			.parseInt(new String(version.getInputStream().readAllBytes()).replaceAll("(?s)^systemd (\\d+).*", "$1"));
		List<String> complaints = output.lines().filter((line) -> !line.isBlank()).toList();
		if (systemdVersion >= 253) {
			assertThat(complaints).isEmpty();
		}
		else {
			// This machine's systemd predates Type=notify-reload (253): the type is
			// the only thing it does not know.
			assertThat(complaints).singleElement()
				.asString()
				.contains("Failed to parse service type, ignoring: notify-reload");
		}
	}

	private static long count(NotifyReceiver systemd, String text) {
		return systemd.messages().stream().filter((message) -> message.text().equals(text)).count();
	}

	private void writeConfig(String content) throws IOException {
		SampleApi.replace(this.configFile, content);
	}

	// The sample app's own directory: this module's, or the one the Boot 3 edition's
	// build names (it runs these tests from boot3/sample-app).
	private static Path sampleDirectory() {
		return Path.of(System.getProperty("lifecycle.sample.dir", "."));
	}

}
