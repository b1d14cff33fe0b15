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
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import io.github.lifecyclesignals.faultapp.FaultApplication;
import io.github.lifecyclesignals.faultapp.TwoApplications;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What an adversarial operator does to a running service: a second signal while a long
 * request is in flight, a signal during startup, signals ignored since launch, a user
 * action that never returns, a signal the VM reserves, a repeated signal that must not
 * escalate, and two applications in one JVM. Each runs against a real JVM with real
 * signals.
 */
class SignalFaultsProcessTests {

	/** FaultApplication without the sample's file database. */
	private static final String[] FAULT_APP = { "--spring.sql.init.mode=never",
			"--spring.datasource.url=jdbc:h2:mem:faults" };

	@TempDir
	Path workDir;

	@MainLineOnly("Skipping the waits on a second signal is the starter's own escalation; the JDK's delivery of repeated signals runs on every line in SignalBurstProcessTests")
	@Test
	void secondSigtermWithALongRequestInFlightSkipsTheWaitsStillClosesInOrderAndTellsTheTruth() throws Exception {
		try (AppProcess app = AppProcess.startSample(this.workDir, "--lifecycle.drain.pre-stop-delay=20s",
				"--lifecycle.drain.timeout=40s")) {
			app.awaitReady();
			// Longer than the budget: only skipping the waits can end this drain before
			// it.
			CompletableFuture<String> longRequest = CompletableFuture
				.supplyAsync(() -> outcome(app, "/orders?processingMillis=60000", DrainProcessTests.order("long-1")));
			app.awaitLog("Processing order long-1", Duration.ofSeconds(10));
			app.signal("TERM");
			app.awaitLog("Drain step readiness done", Duration.ofSeconds(10));
			app.signalAgain("TERM");
			int exitCode = app.awaitExit(Duration.ofSeconds(35));
			String summary = app.awaitLog("Drain ended ", Duration.ofSeconds(1));
			String client = longRequest.get(10, TimeUnit.SECONDS);
			System.out.printf("Second SIGTERM with a 60s request in flight: client saw %s; %s; exit %d%n", client,
					summary, exitCode);
			assertThat(summary).contains("Drain ended ESCALATED");
			// The close ran through every phase: the order writer (phase 0) stopped and
			// flushed.
			assertThat(app.log()).contains("Order writer stopped");
			assertThat(summary).endsWith("exit code " + exitCode + ")");
			// What the summary says about the request is what its client saw.
			if (client.equals("201")) {
				assertThat(summary).contains(" 0 abandoned");
			}
			else {
				assertThat(summary).contains(" 1 abandoned");
				assertThat(exitCode).isEqualTo(124);
			}
		}
	}

	@Test
	void sigtermDuringStartupKeepsReadinessRefusedUntilTheProcessExits() throws Exception {
		try (AppProcess app = AppProcess.start(this.workDir, AppProcess.Stack.TOMCAT, FaultApplication.class,
				with(FAULT_APP, "--test.startup-runner-millis=4000", "--lifecycle.drain.pre-stop-delay=6s"))) {
			app.awaitLog("Startup runner sleeping for 4000ms", Duration.ofSeconds(90));
			app.signal("TERM");
			List<Integer> readiness = new CopyOnWriteArrayList<>();
			await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(20)).until(() -> {
				readiness.add(readinessStatus(app.port(), "/actuator/health/readiness"));
				return !app.isAlive();
			});
			System.out.printf(
					"Readiness sampled every 20ms from SIGTERM during startup to exit: %d samples, %d x 503%n",
					readiness.size(), readiness.stream().filter((status) -> status == 503).count());
			assertThat(readiness).contains(503).doesNotContain(200);
			assertThat(app.awaitExit(Duration.ofSeconds(5))).isZero();
			// The context was closed after the startup runner had finished, not under it.
			assertThat(app.log()).contains("Startup runner done", "Drain ended CLEAN");
			assertThat(app.log().indexOf("Startup runner done")).isLessThan(app.log().indexOf("Drain step close"));
		}
	}

	@Test
	void sigtermBeforeTheHandlersAreBoundGetsTheJvmDefault() throws Exception {
		try (AppProcess app = AppProcess.start(this.workDir, AppProcess.Stack.TOMCAT, FaultApplication.class,
				with(FAULT_APP, "--test.slow-bean-millis=8000"))) {
			app.awaitLog("Slow bean sleeping for 8000ms", Duration.ofSeconds(90));
			app.signal("TERM");
			assertThat(app.awaitExit(Duration.ofSeconds(30))).isEqualTo(143);
			assertThat(app.log()).doesNotContain("Drain started");
		}
	}

	@Test
	void signalsIgnoredSinceLaunchAreReportedAsNotBoundWithTheReasonAndTheFix() throws Exception {
		try (AppProcess app = AppProcess.start(this.workDir, AppProcess.Stack.TOMCAT, SampleApplication.class,
				List.of("env", "--ignore-signal=HUP,INT"), "--lifecycle.drain.pre-stop-delay=2s")) {
			app.awaitReady();
			DocumentContext lifecycle = lifecycle(app.port());
			for (String signal : List.of("HUP", "INT")) {
				String binding = "$.signals.bindings[?(@.signal == '" + signal + "')]";
				assertThat(lifecycle.read(binding + ".bound", List.class)).containsExactly(false);
				assertThat(lifecycle.read(binding + ".status", List.class)).containsExactly("IGNORED");
				assertThat(lifecycle.read(binding + ".reason", List.class).get(0).toString())
					.contains("ignored when the process started");
			}
			assertThat(lifecycle.read("$.signals.bindings[?(@.signal == 'TERM')].bound", List.class))
				.containsExactly(true);
			assertThat(app.log()).containsPattern("WARN .*HUP->refresh is not bound: SIGHUP was ignored")
				.contains("env --default-signal=HUP,INT");
			// The kernel discards an ignored signal when it is sent: neither does
			// anything.
			app.signal("HUP");
			app.signal("INT");
			app.signal("TERM");
			assertThat(app.awaitExit(Duration.ofSeconds(30))).isZero();
			assertThat(app.log()).contains("Drain started by SIGTERM")
				.doesNotContain("Received SIGHUP")
				.doesNotContain("Received SIGINT")
				.doesNotContain("Drain started by SIGINT");
		}
	}

	@MainLineOnly("A user action's lane is the starter's own executor")
	@Test
	void userActionThatNeverReturnsIsReportedAndNeverDelaysTheDrain() throws Exception {
		try (AppProcess app = AppProcess.start(this.workDir, AppProcess.Stack.TOMCAT, FaultApplication.class,
				with(FAULT_APP, "--lifecycle.signals.USR1=stuckAction", "--lifecycle.signals.USR2=default",
						"--lifecycle.action-timeout=2s", "--lifecycle.drain.pre-stop-delay=1s"))) {
			app.awaitReady();
			app.signal("USR1");
			app.awaitLog("Stuck action started by USR1", Duration.ofSeconds(10));
			app.awaitLog("Action 'stuckAction' for SIGUSR1 did not finish within 2.00s", Duration.ofSeconds(10));
			// A second one runs on a thread of its own, not behind the stuck one.
			app.signal("USR1");
			await().atMost(Duration.ofSeconds(10))
				.until(() -> app.lines().stream().filter((line) -> line.contains("Stuck action started")).count() == 2);
			assertThat(lifecycle(app.port()).read("$.signals.recent[0].outcome", String.class))
				.startsWith("timed out after 2.00s");
			app.signal("TERM");
			await().atMost(Duration.ofSeconds(5))
				.ignoreExceptions()
				.until(() -> Http.get(app.port(), "/actuator/health/readiness").status() == 503);
			assertThat(app.awaitExit(Duration.ofSeconds(30))).isZero();
			assertThat(app.log()).contains("Drain ended CLEAN");
		}
	}

	@MainLineOnly("A user action's lane and its log line are the starter's own")
	@Test
	void aFailingUserActionIsLoggedByTypeAndPlaceNeverByItsMessage() throws Exception {
		try (AppProcess app = AppProcess.start(this.workDir, AppProcess.Stack.TOMCAT, FaultApplication.class,
				with(FAULT_APP, "--lifecycle.signals.USR1=failingAction", "--lifecycle.signals.USR2=default"))) {
			app.awaitReady();
			app.signal("USR1");
			String line = app.awaitLog("action 'failingAction' failed", Duration.ofSeconds(10));
			assertThat(line).contains("java.lang.IllegalStateException at io.github.lifecyclesignals.faultapp");
			assertThat(lifecycle(app.port()).read("$.signals.recent[0].outcome", String.class))
				.isEqualTo("failed: IllegalStateException");
			assertThat(app.log()).doesNotContain("hunter2-secret");
		}
	}

	@Test
	void aJvmStartedWithXrsFailsStartupNamingXrs() throws Exception {
		try (AppProcess app = AppProcess.start(this.workDir, AppProcess.Stack.TOMCAT, SampleApplication.class,
				List.of("env", "JDK_JAVA_OPTIONS=-Xrs"))) {
			assertThat(app.awaitExit(Duration.ofSeconds(60))).isEqualTo(1);
			assertThat(app.log()).contains("APPLICATION FAILED TO START", "SIGTERM is reserved by the VM or the OS",
					"the JVM was started with -Xrs", "lifecycle.signals.TERM=default");
		}
	}

	@Test
	void explicitlyConfiguredSignalThatTheVmReservesFailsStartup() throws Exception {
		try (AppProcess app = AppProcess.startSample(this.workDir, "--lifecycle.signals.USR2=log-state")) {
			assertThat(app.awaitExit(Duration.ofSeconds(60))).isEqualTo(1);
			assertThat(app.log()).contains("APPLICATION FAILED TO START", "lifecycle.signals.USR2",
					"SIGUSR2 is reserved by the VM");
		}
	}

	@MainLineOnly("Which repetition escalates is the starter's own rule")
	@Test
	void repeatedSignalOutsideEscalateOnDoesNotEscalateWhileOneInsideDoes() throws Exception {
		try (AppProcess app = AppProcess.startSample(this.workDir, "--lifecycle.drain.pre-stop-delay=20s",
				"--lifecycle.drain.timeout=40s", "--lifecycle.drain.escalate-on=INT")) {
			app.awaitReady();
			app.signal("TERM");
			app.awaitLog("Drain step readiness done", Duration.ofSeconds(10));
			app.signal("TERM");
			app.awaitLog("Received SIGTERM, drain: drain already under way", Duration.ofSeconds(10));
			assertThat(lifecycle(app.port()).read("$.drain.step", String.class)).isEqualTo("pre-stop-delay");
			// INT's first arrival is not a repetition; its second is.
			app.signal("INT");
			app.awaitLog("Received SIGINT, stop: drain already under way", Duration.ofSeconds(10));
			app.signalAgain("INT");
			assertThat(app.awaitExit(Duration.ofSeconds(15))).isZero();
			assertThat(app.log()).contains("Drain ended ESCALATED");
		}
	}

	@Test
	void closingTheFirstOfTwoApplicationsInOneJvmLeavesTheSecondOwningItsSignals() throws Exception {
		try (AppProcess app = AppProcess.start(this.workDir, AppProcess.Stack.TOMCAT, TwoApplications.class,
				with(FAULT_APP, "--lifecycle.drain.pre-stop-delay=1s"))) {
			app.awaitLog("First application closed, second active: true", Duration.ofSeconds(90));
			app.awaitReady();
			assertThat(lifecycle(app.port()).read("$.signals.bindings[?(@.signal == 'TERM')].status", List.class))
				.containsExactly("BOUND");
			app.signal("TERM");
			assertThat(app.awaitExit(Duration.ofSeconds(30))).isZero();
			assertThat(app.log()).contains("Drain ended CLEAN");
		}
	}

	@MainLineOnly("Matching probes under a context path is the starter's own filter over the request path")
	@Test
	void adaptiveDelayCountsProbesUnderAContextPath() throws Exception {
		String readiness = "/api/actuator/health/readiness";
		try (AppProcess app = AppProcess.startSample(this.workDir, "--server.servlet.context-path=/api",
				"--lifecycle.drain.pre-stop-delay=20s", "--lifecycle.drain.timeout=40s",
				"--lifecycle.drain.adaptive.enabled=true", "--lifecycle.drain.adaptive.probes=2")) {
			app.awaitReady(readiness);
			app.signal("TERM");
			app.awaitLog("Drain step readiness done", Duration.ofSeconds(10));
			await().atMost(Duration.ofSeconds(5))
				.pollInterval(Duration.ofMillis(200))
				.until(() -> readinessStatus(app.port(), readiness) == 503);
			assertThat(readinessStatus(app.port(), readiness)).isEqualTo(503);
			assertThat(app.awaitExit(Duration.ofSeconds(30))).isZero();
			assertThat(app.log()).contains("adaptive delay ended: 2 probe(s) answered 503");
		}
	}

	@MainLineOnly("The budget's arithmetic is the starter's own")
	@Test
	void budgetLongerThanNanosecondsCanCountStillHoldsAndDrains() throws Exception {
		try (AppProcess app = AppProcess.startSample(this.workDir, "--lifecycle.drain.timeout=1000000d",
				"--lifecycle.drain.pre-stop-delay=3s")) {
			app.awaitReady();
			app.signal("TERM");
			app.awaitLog("Drain step readiness done", Duration.ofSeconds(10));
			assertThat(lifecycle(app.port()).read("$.drain.timeLeftMillis", Long.class))
				.isGreaterThan(Duration.ofDays(999_999).toMillis());
			assertThat(app.awaitExit(Duration.ofSeconds(30))).isZero();
			assertThat(app.log()).doesNotContain("ArithmeticException").contains("Drain ended CLEAN");
		}
	}

	private static String[] with(String[] base, String... more) {
		String[] all = new String[base.length + more.length];
		System.arraycopy(base, 0, all, 0, base.length);
		System.arraycopy(more, 0, all, base.length, more.length);
		return all;
	}

	private static int readinessStatus(int port, String path) {
		try {
			return Http.get(port, path).status();
		}
		catch (IOException ex) {
			return -1;
		}
	}

	/**
	 * What a client of a POST saw: the status code, or the failure.
	 */
	private static String outcome(AppProcess app, String path, String json) {
		try {
			return Integer.toString(Http.post(app.port(), path, json).status());
		}
		catch (IOException ex) {
			return ex.toString();
		}
	}

	static DocumentContext lifecycle(int port) throws IOException {
		Http.Response response = Http.get(port, "/actuator/lifecycle");
		assertThat(response.status()).isEqualTo(200);
		return JsonPath.parse(response.body());
	}

}
