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

package io.github.lifecyclesignals.drain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.github.lifecyclesignals.drain.DrainSnapshot.Outcome;
import io.github.lifecyclesignals.drain.DrainSnapshot.Participant;
import io.github.lifecyclesignals.signal.Trigger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * Tests for {@link DrainExit}: how a drain ends, with which exit code, and what its
 * summary says. The process's end is a fake that records every call in order.
 *
 * @author lifecycle-signals maintainers
 */
@ExtendWith(OutputCaptureExtension.class)
class DrainExitTests {

	private static final Trigger SIGTERM = new Trigger("SIGTERM", 15);

	private static final Trigger SIGINT = new Trigger("SIGINT", 2);

	private static final DrainSettings SETTINGS = settings(0, 124);

	private static final String AGE = "\\(age [0-9.]+m?s\\)";

	private static final String DURATION = "[0-9.]+m?s";

	private final DrainProgress progress = new DrainProgress(
			Clock.fixed(Instant.parse("2026-03-01T10:15:30Z"), ZoneOffset.UTC));

	private final InFlightRequests requests = new InFlightRequests("/actuator/health/readiness");

	private final Map<String, DrainParticipant> participantBeans = new LinkedHashMap<>();

	private final DrainParticipants participants = new DrainParticipants(() -> this.participantBeans);

	private final GracefulShutdownWindow window = new GracefulShutdownWindow(() -> {
	});

	private final CallRecordingExit exit = new CallRecordingExit();

	private final AtomicInteger over = new AtomicInteger();

	private final List<Report> reports = new CopyOnWriteArrayList<>();

	private final List<String> observed = new CopyOnWriteArrayList<>();

	private final List<Jobs> jobs = new ArrayList<>();

	@AfterEach
	void letParticipantsFinish() {
		// Their watches poll on daemon threads until they answer zero.
		this.jobs.forEach((jobs) -> jobs.count = 0);
	}

	private static DrainSettings settings(int exitCode, int timeoutExitCode) {
		return new DrainSettings(Duration.ZERO, Duration.ofSeconds(30), exitCode, timeoutExitCode, null,
				Set.of("TERM", "INT"), Duration.ZERO);
	}

	private DrainExit ending() {
		return ending(SETTINGS);
	}

	private DrainExit ending(DrainSettings settings) {
		DrainExit ending = new DrainExit(this.progress, this.requests, this.participants, this.window, settings,
				this.exit, this.over::incrementAndGet);
		ending.reportTo((summary, abandoned) -> this.reports.add(new Report(summary, abandoned)));
		ending.observeWith(new RecordingObserver(this.observed));
		return ending;
	}

	private void start() {
		this.progress.started(SIGTERM.name(), SETTINGS.timeout(), this.requests.served());
	}

	private Outcome end() {
		Outcome end = this.progress.ending();
		assertThat(end).isNotNull();
		return end;
	}

	private Report onlyReport() {
		assertThat(this.reports).hasSize(1);
		return this.reports.get(0);
	}

	private Jobs busyParticipant(String name, int count) {
		Jobs jobs = new Jobs(count);
		this.jobs.add(jobs);
		this.participantBeans.put(name, jobs);
		return jobs;
	}

	private void startDrainingAndAwaitAnswers() {
		this.participants.startDraining();
		await().atMost(Duration.ofSeconds(5))
			.until(() -> this.participants.snapshot()
				.stream()
				.allMatch((participant) -> participant.inFlight() != null));
	}

	private void outliveGracefulShutdown() {
		// On the drain's thread, which here is the test's.
		this.window.left(Thread.currentThread(), this.requests);
		this.participants.markOutlived();
	}

	@Test
	void drainThatRanThroughAndAbandonedNothingExitsCleanWithTheExitCode(CapturedOutput output) {
		start();
		ending().completed(false);
		// Exit, not halt: the JVM's shutdown hooks still run.
		assertThat(this.exit.calls).containsExactly("exit 0");
		assertThat(this.over).hasValue(1);
		assertThat(end().result()).isEqualTo(DrainResult.CLEAN);
		assertThat(end().abandoned()).isEmpty();
		assertThat(onlyReport().summary()).matches("Drain ended CLEAN after " + DURATION
				+ " \\(trigger SIGTERM; steps none; 0 request\\(s\\) served during the drain, 0 abandoned; exit code 0\\)");
		assertThat(onlyReport().abandoned()).isEmpty();
		assertThat(this.observed).containsExactly("CLEAN 0 exiting");
		assertThat(loggedHere(output)).containsPattern("INFO .* -- " + Pattern.quote(onlyReport().summary()))
			.doesNotContain("Drain abandoned");
	}

	@Test
	void exitCodesAreTheConfiguredOnes() {
		start();
		ending(settings(7, 99)).completed(false);
		assertThat(this.exit.calls).containsExactly("exit 7");
		assertThat(onlyReport().summary()).endsWith("; exit code 7)");
	}

	@Test
	void requestStillInFlightAtTheEndIsAbandonedAndTheExitUsesTheTimeoutCode(CapturedOutput output) {
		this.requests.started("GET", "/stuck", "/stuck");
		start();
		ending(settings(7, 99)).completed(false);
		assertThat(this.exit.calls).containsExactly("exit 99");
		assertThat(end().result()).isEqualTo(DrainResult.TIMEOUT);
		assertThat(end().abandonedRequests()).singleElement().asString().matches("GET /stuck " + AGE);
		assertThat(end().abandonedParticipants()).isEmpty();
		assertThat(onlyReport().summary()).startsWith("Drain ended TIMEOUT after ")
			.endsWith("; 0 request(s) served during the drain, 1 abandoned; exit code 99)");
		assertThat(onlyReport().abandoned()).isEqualTo(end().abandonedRequests());
		assertThat(this.observed).containsExactly("TIMEOUT 99 exiting");
		assertThat(loggedHere(output)).containsPattern("WARN .* -- " + Pattern.quote(onlyReport().summary()))
			.containsPattern("WARN .* -- Drain abandoned 1 request\\(s\\): \\[GET /stuck " + AGE + "\\]");
	}

	@Test
	void requestCutOffAfterGracefulShutdownStoppedWaitingIsAbandonedAndOneServedThenIsNot() {
		InFlightRequest cut = this.requests.started("POST", "/orders", "/orders");
		InFlightRequest served = this.requests.started("GET", "/report", "/report");
		start();
		outliveGracefulShutdown();
		// The web server's stop: one of them still got its response, the other did not.
		this.requests.finished(cut, false);
		this.requests.finished(served, true);
		ending().completed(false);
		assertThat(this.exit.calls).containsExactly("exit 124");
		assertThat(end().result()).isEqualTo(DrainResult.TIMEOUT);
		assertThat(end().abandonedRequests()).singleElement().asString().matches("POST /orders " + AGE);
		assertThat(onlyReport().summary()).contains("; 1 request(s) served during the drain, 1 abandoned;");
	}

	@Test
	void requestThatOutlivedGracefulShutdownAndWasStillServedLeavesTheDrainClean() {
		InFlightRequest late = this.requests.started("GET", "/report", "/report");
		start();
		outliveGracefulShutdown();
		this.requests.finished(late, true);
		ending().completed(false);
		assertThat(this.exit.calls).containsExactly("exit 0");
		assertThat(end().result()).isEqualTo(DrainResult.CLEAN);
		assertThat(onlyReport().summary())
			.endsWith("; 1 request(s) served during the drain, 0 abandoned; exit code 0)");
	}

	@Test
	void requestThatOutlivedGracefulShutdownAndIsStillInFlightIsNamedOnce() {
		this.requests.started("GET", "/stuck", "/stuck");
		start();
		outliveGracefulShutdown();
		ending().completed(false);
		assertThat(end().abandonedRequests()).singleElement().asString().startsWith("GET /stuck ");
		assertThat(onlyReport().summary()).contains(" 1 abandoned;");
	}

	@Test
	void requestsServedBeforeTheDrainStartedAreNotCountedAsServedDuringIt() {
		this.requests.finished(this.requests.started("GET", "/before", "/before"), true);
		this.requests.finished(this.requests.started("GET", "/before", "/before"), true);
		start();
		this.requests.finished(this.requests.started("GET", "/during", "/during"), true);
		// Neither is a failed request counted as served.
		this.requests.finished(this.requests.started("GET", "/failed", "/failed"), false);
		ending().completed(false);
		assertThat(end().servedDuring()).isOne();
		assertThat(onlyReport().summary()).contains("; 1 request(s) served during the drain, 0 abandoned;");
	}

	@Test
	void escalatedDrainThatAbandonedNothingExitsWithTheExitCode() {
		start();
		this.progress.escalated();
		ending().completed(false);
		assertThat(this.exit.calls).containsExactly("exit 0");
		assertThat(end().result()).isEqualTo(DrainResult.ESCALATED);
		assertThat(onlyReport().summary()).startsWith("Drain ended ESCALATED after ").endsWith("exit code 0)");
	}

	@Test
	void escalatedDrainThatAbandonedWorkExitsWithTheTimeoutCode() {
		this.requests.started("GET", "/stuck", "/stuck");
		start();
		this.progress.escalated();
		ending().completed(false);
		assertThat(this.exit.calls).containsExactly("exit 124");
		assertThat(end().result()).isEqualTo(DrainResult.ESCALATED);
		assertThat(end().abandoned()).hasSize(1);
	}

	@Test
	void applicationThatFailedToStartWhileTheDrainWaitedForItEndsFailedWithExitCodeOne() {
		start();
		this.progress.escalated();
		ending().completed(true);
		assertThat(this.exit.calls).containsExactly("exit 1");
		assertThat(end().result()).isEqualTo(DrainResult.FAILED);
		assertThat(onlyReport().summary()).startsWith("Drain ended FAILED after ")
			.endsWith("0 abandoned; exit code 1)");
		assertThat(this.observed).containsExactly("FAILED 1 exiting");
	}

	@Test
	void participantStillBusyAtTheEndIsAbandonedApartFromTheRequests(CapturedOutput output) {
		busyParticipant("reportJobs", 2);
		this.requests.started("GET", "/stuck", "/stuck");
		start();
		startDrainingAndAwaitAnswers();
		ending().completed(false);
		assertThat(this.exit.calls).containsExactly("exit 124");
		assertThat(end().result()).isEqualTo(DrainResult.TIMEOUT);
		assertThat(end().abandonedRequests()).singleElement().asString().startsWith("GET /stuck ");
		assertThat(end().abandonedParticipants()).containsExactly("participant 'reportJobs' (2 in flight: 2 job(s))");
		assertThat(onlyReport().summary()).containsPattern("; participants reportJobs=draining " + DURATION + "; ")
			.contains(" 2 abandoned; exit code 124)");
		assertThat(onlyReport().abandoned()).hasSize(2)
			.endsWith("participant 'reportJobs' (2 in flight: 2 job(s))")
			.first()
			.asString()
			.startsWith("GET /stuck ");
		assertThat(loggedHere(output))
			.containsPattern("Drain abandoned 1 request\\(s\\) and 1 participant\\(s\\): \\[GET /stuck " + AGE
					+ ", participant 'reportJobs' \\(2 in flight: 2 job\\(s\\)\\)\\]");
	}

	@Test
	void participantThatFinishedIsListedAsDoneAndNotAbandoned() {
		Jobs jobs = busyParticipant("reportJobs", 1);
		start();
		startDrainingAndAwaitAnswers();
		jobs.count = 0;
		await().atMost(Duration.ofSeconds(5))
			.until(() -> this.participants.snapshot().stream().map(Participant::state).toList(),
					(states) -> states.equals(List.of("done")));
		ending().completed(false);
		assertThat(this.exit.calls).containsExactly("exit 0");
		assertThat(end().result()).isEqualTo(DrainResult.CLEAN);
		assertThat(onlyReport().summary()).containsPattern("; participants reportJobs=done " + DURATION + "; ")
			.contains(" 0 abandoned;");
	}

	@Test
	void participantGivenUpOnAtTheGracefulWaitStaysAbandonedThoughItFinishesLater() {
		Jobs jobs = busyParticipant("reportJobs", 1);
		start();
		startDrainingAndAwaitAnswers();
		outliveGracefulShutdown();
		jobs.count = 0;
		await().atMost(Duration.ofSeconds(5))
			.until(() -> this.participants.snapshot().get(0).state(), (state) -> state.equals("done"));
		ending().completed(false);
		assertThat(this.exit.calls).containsExactly("exit 124");
		assertThat(end().abandonedParticipants()).containsExactly("participant 'reportJobs' (1 in flight: 1 job(s))");
		assertThat(onlyReport().summary()).containsPattern("; participants reportJobs=done " + DURATION + "; ");
	}

	@Test
	void beanStillStoppingAfterItsShutdownPhasesTimeoutIsAbandoned(CapturedOutput output) {
		start();
		DrainExit ending = ending();
		ending.watchStops(() -> List.of("kafkaListener"));
		ending.completed(false);
		assertThat(this.exit.calls).containsExactly("exit 124");
		assertThat(end().result()).isEqualTo(DrainResult.TIMEOUT);
		assertThat(end().abandonedRequests()).isEmpty();
		assertThat(end().abandonedParticipants()).containsExactly(
				DrainExit.STILL_STOPPING_PREFIX + "kafkaListener' (still stopping after its shutdown phase's timeout)");
		assertThat(loggedHere(output))
			.contains("Drain abandoned 1 participant(s): [bean 'kafkaListener' (still stopping");
	}

	@Test
	void withoutAStopTrackingLifecycleProcessorNoBeanIsNamed() {
		assertThat(StillStopping.UNKNOWN.beans()).isEmpty();
		start();
		DrainExit ending = ending();
		ending.watchStops(StillStopping.UNKNOWN);
		ending.completed(false);
		assertThat(end().result()).isEqualTo(DrainResult.CLEAN);
	}

	@Test
	void summaryNamesTheTriggerAndEveryStepThatRanWithItsDurationAndNoOther() {
		this.progress.started(SIGINT.name(), SETTINGS.timeout(), 0);
		this.progress.stepDone(DrainStep.PRE_STOP_DELAY);
		this.progress.stepDone(DrainStep.CLOSE);
		this.progress.stepDone(DrainStep.EXIT);
		ending().completed(false);
		assertThat(onlyReport().summary()).matches("Drain ended CLEAN after " + DURATION + " \\(trigger SIGINT; steps "
				+ "readiness=" + DURATION + ", pre-stop-delay=" + DURATION + ", close=" + DURATION
				+ "; 0 request\\(s\\) served during the drain, 0 abandoned; exit code 0\\)");
		assertThat(onlyReport().summary()).doesNotContain("startup", "participants");
	}

	@Test
	void drainThatHadAlreadyEndedNeitherExitsNorReportsAgain() {
		start();
		DrainExit ending = ending();
		ending.expired();
		ending.completed(false);
		assertThat(this.exit.calls).first().isEqualTo("halt 124");
		assertThat(this.exit.calls).doesNotContain("exit 0", "exit 124");
		assertThat(end().result()).isEqualTo(DrainResult.TIMEOUT);
		assertThat(onlyReport().summary()).startsWith("Drain ended TIMEOUT");
		assertThat(this.over).hasValue(1);
	}

	@Test
	void resultIsUnknownUntilTheLifecyclePhasesHaveEnded() {
		start();
		DrainExit ending = ending();
		assertThat(ending.result()).isNull();
		assertThat(ending.abandonedRequests()).isZero();
		assertThat(this.observed).isEmpty();
	}

	@Test
	void onceTheLifecyclePhasesHaveEndedTheExpectedResultIsKnownAndObservedBeforeTheExit() {
		this.requests.started("GET", "/stuck", "/stuck");
		start();
		DrainExit ending = ending();
		ending.phasesEnded(false);
		assertThat(ending.result()).isEqualTo(DrainResult.TIMEOUT);
		assertThat(ending.abandonedRequests()).isOne();
		assertThat(this.observed).containsExactly("TIMEOUT 124 exiting");
		// Nothing has ended yet: the beans are still to be destroyed.
		assertThat(this.progress.ending()).isNull();
		assertThat(this.exit.calls).isEmpty();
		assertThat(this.reports).isEmpty();
	}

	@Test
	void expectedResultOfAnApplicationThatFailedToStartIsFailed() {
		start();
		DrainExit ending = ending();
		ending.phasesEnded(true);
		assertThat(ending.result()).isEqualTo(DrainResult.FAILED);
		assertThat(this.observed).containsExactly("FAILED 1 exiting");
	}

	@Test
	void recordedEndWinsOverWhatWasExpectedWhenThePhasesEnded() {
		InFlightRequest late = this.requests.started("GET", "/report", "/report");
		start();
		DrainExit ending = ending();
		ending.phasesEnded(false);
		assertThat(ending.result()).isEqualTo(DrainResult.TIMEOUT);
		// Served while the beans were destroyed.
		this.requests.finished(late, true);
		ending.completed(false);
		assertThat(ending.result()).isEqualTo(DrainResult.CLEAN);
		assertThat(ending.abandonedRequests()).isZero();
		assertThat(this.exit.calls).containsExactly("exit 0");
	}

	@Test
	void observerThatFailsHoldsUpNeitherTheSummaryNorTheExit(CapturedOutput output) {
		start();
		DrainExit ending = ending();
		ending.observeWith(new RecordingObserver(this.observed) {

			@Override
			public void ended(DrainResult result, int exitCode, boolean halting) {
				throw new IllegalStateException("simulated: collector at https://user:s3cr3t@otel.example down");
			}

		});
		ending.completed(false);
		assertThat(this.exit.calls).containsExactly("exit 0");
		assertThat(this.reports).hasSize(1);
		assertThat(loggedHere(output)).contains("Drain: reporting the drain's end failed (IllegalStateException)")
			.doesNotContain("s3cr3t");
	}

	@Test
	void reportThatFailsHoldsUpNeitherTheOtherReportsNorTheExit(CapturedOutput output) {
		start();
		DrainExit ending = new DrainExit(this.progress, this.requests, this.participants, this.window, SETTINGS,
				this.exit, this.over::incrementAndGet);
		ending.reportTo((summary, abandoned) -> {
			throw new IllegalStateException("simulated: /secrets/password=s3cr3t");
		});
		ending.reportTo((summary, abandoned) -> this.reports.add(new Report(summary, abandoned)));
		ending.completed(false);
		assertThat(this.exit.calls).containsExactly("exit 0");
		assertThat(onlyReport().summary()).startsWith("Drain ended CLEAN");
		assertThat(loggedHere(output)).contains("Drain: a report of the drain's end failed (IllegalStateException)")
			.doesNotContain("s3cr3t");
	}

	@Test
	void budgetRunningOutHaltsWithTheTimeoutCodeAndNamesWhatIsStillInFlight(CapturedOutput output) {
		this.requests.started("GET", "/stuck", "/stuck");
		start();
		this.progress.stepDone(DrainStep.PRE_STOP_DELAY);
		this.progress.stepDone(DrainStep.CLOSE);
		ending().expired();
		// Halt, not exit: the shutdown hooks may be what is stuck.
		assertThat(this.exit.calls).first().isEqualTo("halt 124");
		assertThat(this.exit.calls).containsOnly("halt 124");
		assertThat(this.over).hasValue(1);
		assertThat(end().result()).isEqualTo(DrainResult.TIMEOUT);
		assertThat(end().abandonedRequests()).singleElement().asString().startsWith("GET /stuck ");
		assertThat(onlyReport().summary()).startsWith("Drain ended TIMEOUT after ")
			.contains("steps readiness=", ", pre-stop-delay=")
			.endsWith(" 1 abandoned; exit code 124)");
		assertThat(this.observed).containsExactly("TIMEOUT 124 halting");
		assertThat(loggedHere(output))
			.containsPattern("WARN .* -- Drain budget of 30.00s exhausted \\(its last 1.50s kept to report"
					+ " the end\\) in step 'close', 1 request\\(s\\) still in flight: \\[GET /stuck " + AGE + "\\]");
		assertThat(loggedHere(output)).containsPattern("WARN .* -- Drain ended TIMEOUT after ");
	}

	@Test
	void budgetRunningOutNamesTheParticipantsStillBusy(CapturedOutput output) {
		busyParticipant("reportJobs", 3);
		start();
		startDrainingAndAwaitAnswers();
		ending().expired();
		assertThat(this.exit.calls).first().isEqualTo("halt 124");
		assertThat(end().abandonedParticipants()).containsExactly("participant 'reportJobs' (3 in flight: 3 job(s))");
		assertThat(loggedHere(output))
			.contains("in step 'readiness', 1 participant(s) still in flight: [participant 'reportJobs'"
					+ " (3 in flight: 3 job(s))]");
	}

	@Test
	void budgetRunningOutWithNothingInFlightSaysWhereTheDrainsThreadWaits(CapturedOutput output) throws Exception {
		awaitNoOtherDrainThread();
		CountDownLatch release = new CountDownLatch(1);
		Thread drainThread = new Thread(() -> waitForRelease(release), GracefulDrain.THREAD_NAME);
		drainThread.setDaemon(true);
		drainThread.start();
		try {
			await().atMost(Duration.ofSeconds(5)).until(() -> drainThread.getState() == Thread.State.TIMED_WAITING);
			start();
			ending().expired();
			assertThat(this.exit.calls).first().isEqualTo("halt 124");
			assertThat(loggedHere(output))
				.contains("Drain budget of 30.00s exhausted (its last 1.50s kept to report the end) in"
						+ " step 'readiness' with no request or participant in flight: something the drain's thread waits"
						+ " for is stuck (the drain's thread waits in ");
			// The frame as the JDK prints it: its class loader's name may come first.
			assertThat(loggedHere(output))
				.containsPattern("waits in (app//)?" + Pattern.quote(DrainExitTests.class.getName())
						+ "\\.waitForRelease\\(DrainExitTests\\.java:[0-9]+\\)\\)");
			assertThat(onlyReport().summary()).endsWith(" 0 abandoned; exit code 124)");
		}
		finally {
			release.countDown();
		}
	}

	@Test
	void budgetRunningOutWithNoDrainThreadToInspectStillSaysWhatIsStuck(CapturedOutput output) {
		awaitNoOtherDrainThread();
		start();
		ending().expired();
		assertThat(loggedHere(output)).contains("something the drain's thread waits for is stuck\n")
			.doesNotContain("the drain's thread waits in");
	}

	@Test
	void budgetRunningOutWhileTheExitRunsShutdownHooksHaltsWithTheDrainsOwnCode() {
		start();
		DrainExit ending = ending();
		ending.completed(false);
		// The exit is stuck in a shutdown hook; the deadline comes.
		ending.expired();
		assertThat(this.exit.calls).startsWith("exit 0", "halt 0").containsOnly("exit 0", "halt 0");
		assertThat(end().result()).isEqualTo(DrainResult.CLEAN);
		assertThat(onlyReport().summary()).startsWith("Drain ended CLEAN");
	}

	@Test
	void signalForcingTheEndHaltsWithOneHundredAndTwentyEightPlusItsNumber(CapturedOutput output) {
		start();
		ending().forced(SIGTERM);
		assertThat(this.exit.calls).first().isEqualTo("halt 143");
		assertThat(this.exit.calls).containsOnly("halt 143");
		assertThat(this.over).hasValue(1);
		assertThat(end().result()).isEqualTo(DrainResult.FORCED);
		assertThat(end().exitCode()).isEqualTo(143);
		assertThat(onlyReport().summary()).startsWith("Drain ended FORCED after ").endsWith("; exit code 143)");
		assertThat(this.observed).containsExactly("FORCED 143 halting");
		assertThat(loggedHere(output))
			.contains("Drain: SIGTERM received again during the drain, halting now with exit code 143:"
					+ " the rest of the context close (lifecycle beans not yet stopped, destroy methods) and the JVM's"
					+ " shutdown hooks are skipped");
	}

	@Test
	void ctrlCForcingTheEndHaltsWithOneHundredAndThirty() {
		start();
		ending().forced(SIGINT);
		assertThat(this.exit.calls).first().isEqualTo("halt 130");
	}

	@Test
	void forcedEndNotAskedForByASignalHaltsWithTheTimeoutCode() {
		start();
		ending(settings(0, 99)).forced(Trigger.ACTUATOR);
		assertThat(this.exit.calls).first().isEqualTo("halt 99");
		assertThat(end().result()).isEqualTo(DrainResult.FORCED);
	}

	@Test
	void forcedEndNamesWhatItAbandons() {
		this.requests.started("PUT", "/upload", "/upload");
		start();
		ending().forced(SIGTERM);
		assertThat(end().abandonedRequests()).singleElement().asString().startsWith("PUT /upload ");
		assertThat(onlyReport().summary()).contains(" 1 abandoned; exit code 143)");
	}

	@Test
	void forcedEndHaltsEvenWhenWhatReportsItThrowsAnError() {
		start();
		DrainExit ending = ending();
		ending.reportTo((summary, abandoned) -> {
			throw new LinkageError("simulated: a class went missing from a replaced jar");
		});
		assertThatExceptionOfType(LinkageError.class).isThrownBy(() -> ending.forced(SIGTERM));
		assertThat(this.exit.calls).first().isEqualTo("halt 143");
		assertThat(this.over).hasValue(1);
	}

	@Test
	void forcedHaltHeldUpByAReportThatBlocksStillHappensOnceTheGuardHasWaited() throws Exception {
		assertGuardHalts((ending) -> ending.forced(SIGTERM), "halt 143");
	}

	@Test
	void budgetsHaltHeldUpByAReportThatBlocksStillHappensOnceTheGuardHasWaited() throws Exception {
		assertGuardHalts(DrainExit::expired, "halt 124");
	}

	@Test
	void failedDrainsHaltHeldUpByAReportThatBlocksStillHappensOnceTheGuardHasWaited() throws Exception {
		assertGuardHalts((ending) -> ending.failed(new IllegalStateException("simulated")), "halt 124");
	}

	private void assertGuardHalts(Consumer<DrainExit> end, String halt) throws InterruptedException {
		start();
		DrainExit ending = ending();
		CountDownLatch release = new CountDownLatch(1);
		ending.reportTo((summary, abandoned) -> waitForRelease(release));
		long startNanos = System.nanoTime();
		Thread ender = new Thread(() -> end.accept(ending), "ending");
		ender.start();
		try {
			await().atMost(Duration.ofSeconds(10)).until(() -> !this.exit.calls.isEmpty());
			Duration took = Duration.ofNanos(System.nanoTime() - startNanos);
			assertThat(this.exit.calls).containsExactly(halt);
			// The guard halted: the thread ending the drain is still held by the report.
			assertThat(ender.isAlive()).isTrue();
			assertThat(took).isGreaterThanOrEqualTo(DrainExit.HALT_GUARD.minusMillis(100));
		}
		finally {
			release.countDown();
		}
		ender.join(5000);
		assertThat(ender.isAlive()).isFalse();
		assertThat(this.exit.calls).containsExactly(halt, halt);
	}

	@Test
	void haltGuardIsADaemonThatNeverKeepsTheJvmAlive() {
		start();
		ending().forced(SIGTERM);
		List<Thread> guards = LiveThreads.named("lifecycle-halt-guard");
		assertThat(guards).isNotEmpty().allMatch(Thread::isDaemon);
	}

	@Test
	void exitThatRunsShutdownHooksArmsNoHaltGuard() {
		List<Thread> guardsBefore = LiveThreads.named("lifecycle-halt-guard");
		start();
		ending().completed(false);
		// A guard would halt a second later, whatever the shutdown hooks still do.
		assertThat(guardsBefore).containsAll(LiveThreads.named("lifecycle-halt-guard"));
		assertThat(this.exit.calls).containsExactly("exit 0");
	}

	@Test
	void drainThatFailsHaltsWithTheTimeoutCodeAndReportsTheFailuresTypeOnly(CapturedOutput output) {
		this.requests.started("GET", "/stuck", "/stuck");
		start();
		ending().failed(new IllegalStateException("simulated: jdbc:postgresql://db?password=s3cr3t refused"));
		assertThat(this.exit.calls).first().isEqualTo("halt 124");
		assertThat(this.over).hasValue(1);
		assertThat(end().result()).isEqualTo(DrainResult.FAILED);
		assertThat(end().exitCode()).isEqualTo(124);
		assertThat(onlyReport().summary())
			.isEqualTo("Drain ended FAILED (java.lang.IllegalStateException); exit code 124");
		assertThat(onlyReport().abandoned()).singleElement().asString().startsWith("GET /stuck ");
		assertThat(this.observed).containsExactly("FAILED 124 halting");
		// The log has the stack trace; what outlives the process does not.
		assertThat(loggedHere(output)).contains("Drain failed unexpectedly, halting with exit code 124");
	}

	@Test
	void failureAfterTheDrainEndedKeepsItsExitCodeAndSendsNoSecondSummary(CapturedOutput output) {
		start();
		DrainExit ending = ending();
		ending.completed(false);
		assertThat(onlyReport().summary()).endsWith("exit code 0)");
		this.exit.calls.clear();
		// What failed came after the summary: its exit code is the one the process
		// ends with.
		ending.failed(new LinkageError("simulated: a class went missing from a replaced jar"));
		assertThat(this.exit.calls).containsExactly("halt 0");
		assertThat(onlyReport().summary()).endsWith("exit code 0)");
		assertThat(end().result()).isEqualTo(DrainResult.CLEAN);
		assertThat(loggedHere(output)).contains("Drain failed after it had ended CLEAN, halting with its exit code 0")
			.doesNotContain("Drain ended FAILED");
	}

	private static void waitForRelease(CountDownLatch release) {
		try {
			release.await(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	// What the drain names is the one thread of that name a process has; drains of
	// other tests in this JVM may still be in their pre-stop delay (at most 5s, in
	// LifecycleEndpointTests).
	private static void awaitNoOtherDrainThread() {
		await().atMost(Duration.ofSeconds(20))
			.pollInterval(Duration.ofMillis(100))
			.until(() -> LiveThreads.named(GracefulDrain.THREAD_NAME).isEmpty());
	}

	// Only what this test's thread logged: drains of other tests may log meanwhile.
	private static String loggedHere(CapturedOutput output) {
		String thread = " [" + Thread.currentThread().getName() + "] ";
		return output.toString()
			.lines()
			.filter((line) -> line.contains(thread))
			.map((line) -> line + "\n")
			.collect(Collectors.joining());
	}

	/**
	 * What a report received.
	 *
	 * @param summary the summary line
	 * @param abandoned what the drain gave up on
	 */
	private record Report(String summary, List<String> abandoned) {

	}

	/**
	 * A {@link ProcessExit} that records every call in order, the halt guard's too.
	 */
	private static final class CallRecordingExit implements ProcessExit {

		private final List<String> calls = new CopyOnWriteArrayList<>();

		@Override
		public void exit(int code) {
			this.calls.add("exit " + code);
		}

		@Override
		public void halt(int code) {
			this.calls.add("halt " + code);
		}

	}

	private static class RecordingObserver implements DrainObserver {

		private final List<String> ended;

		RecordingObserver(List<String> ended) {
			this.ended = ended;
		}

		@Override
		public void started(Trigger trigger) {
		}

		@Override
		public void stepDone(DrainStep step) {
		}

		@Override
		public void ended(DrainResult result, int exitCode, boolean halting) {
			this.ended.add(result + " " + exitCode + " " + (halting ? "halting" : "exiting"));
		}

	}

	private static final class Jobs implements DrainParticipant {

		private volatile int count;

		Jobs(int count) {
			this.count = count;
		}

		@Override
		public void drain() {
		}

		@Override
		public int inFlight() {
			return this.count;
		}

		@Override
		public String describeInFlight() {
			return this.count + " job(s)";
		}

	}

}
