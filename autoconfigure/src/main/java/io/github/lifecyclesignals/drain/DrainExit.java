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

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.LockSupport;

import io.github.lifecyclesignals.drain.DrainSnapshot.Outcome;
import io.github.lifecyclesignals.drain.DrainSnapshot.Participant;
import io.github.lifecyclesignals.drain.DrainSnapshot.Progress;
import io.github.lifecyclesignals.drain.DrainSnapshot.StepTiming;
import io.github.lifecyclesignals.internal.DrainReport;
import io.github.lifecyclesignals.internal.Durations;
import io.github.lifecyclesignals.signal.Trigger;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

/**
 * The ways a drain ends, each recorded once and summed up in one log line, because
 * nothing scrapes a dead process: it ran through (exit), the budget ran out (halt), a
 * signal forced it (halt), or it failed (halt). Every halt is guarded: if what it logs
 * first blocks (a full pipe, a stuck appender), the process still halts a second later.
 * <p>
 * A request counts as abandoned if it is still in flight at the end, or if graceful
 * shutdown stopped waiting for it and it then ended without its response. One that
 * outlived graceful shutdown and was still served counts as served: the summary says what
 * its client saw.
 *
 * @author lifecycle-signals maintainers
 */
final class DrainExit {

	/** How a lifecycle bean still stopping is named among what a drain abandoned. */
	static final String STILL_STOPPING_PREFIX = "bean '";

	/**
	 * How long a halt may be held up by what it logs and sends first: Zipkin's reporter
	 * sends a span up to a second after it ends.
	 */
	static final Duration HALT_GUARD = Duration.ofMillis(1500);

	private static final Log logger = LogFactory.getLog(GracefulDrain.class);

	private final DrainProgress progress;

	private final InFlightRequests requests;

	private final DrainParticipants participants;

	private final GracefulShutdownWindow window;

	private final DrainSettings settings;

	private final ProcessExit exit;

	private final Runnable over;

	private final List<DrainReport> reports = new CopyOnWriteArrayList<>();

	private volatile StillStopping stillStopping = StillStopping.UNKNOWN;

	private volatile DrainObserver observer = DrainObserver.NONE;

	private volatile @Nullable Completion onceDestroyed;

	/**
	 * Creates the endings.
	 * @param progress the drain's progress
	 * @param requests the requests in flight
	 * @param participants the drain participants
	 * @param window the graceful wait, for the requests that outlived it
	 * @param settings the settings
	 * @param exit how the process ends
	 * @param over what to run if the process did not end (a test's exit returns)
	 */
	DrainExit(DrainProgress progress, InFlightRequests requests, DrainParticipants participants,
			GracefulShutdownWindow window, DrainSettings settings, ProcessExit exit, Runnable over) {
		this.progress = progress;
		this.requests = requests;
		this.participants = participants;
		this.window = window;
		this.settings = settings;
		this.exit = exit;
		this.over = over;
	}

	/**
	 * Every step ran: exits normally with the code the abandoned requests call for.
	 * @param startupFailed whether the application failed to start while the drain waited
	 */
	void completed(boolean startupFailed) {
		Abandoned abandoned = abandoned();
		Completion completion = completion(startupFailed, abandoned);
		endObservation(completion.result(), completion.exitCode(), false);
		Outcome end = this.progress.end(completion.result(), completion.exitCode(), this.requests.served(),
				abandoned.requests(), abandoned.participants());
		if (end != null) {
			logEnd(end, false);
			this.exit.exit(completion.exitCode());
			this.over.run();
		}
	}

	/**
	 * Every lifecycle phase has stopped and the beans are about to be destroyed: the
	 * drain's result is known, and whatever reports it (a span exporter) is still there.
	 * @param startupFailed whether the application failed to start while the drain waited
	 */
	void phasesEnded(boolean startupFailed) {
		Completion completion = completion(startupFailed, abandoned());
		this.onceDestroyed = completion;
		endObservation(completion.result(), completion.exitCode(), false);
	}

	/**
	 * How the drain ended, for meters: once every lifecycle phase has stopped, the result
	 * it ends with if destroying the beans goes as it should. A push of the meters made
	 * as the beans are destroyed (a Pushgateway's) then carries it; nothing can scrape by
	 * then.
	 * @return the result, {@code null} before it is known
	 */
	@Nullable DrainResult result() {
		Outcome end = this.progress.ending();
		Completion expected = this.onceDestroyed;
		return (end != null) ? end.result() : ((expected != null) ? expected.result() : null);
	}

	/**
	 * How many requests the drain abandoned, for meters, known as {@link #result()} is.
	 * @return the count
	 */
	int abandonedRequests() {
		Outcome end = this.progress.ending();
		Completion expected = this.onceDestroyed;
		return (end != null) ? end.abandonedRequests().size() : ((expected != null) ? expected.abandonedRequests() : 0);
	}

	private Completion completion(boolean startupFailed, Abandoned abandoned) {
		if (startupFailed) {
			return new Completion(DrainResult.FAILED, 1, abandoned.requests().size());
		}
		DrainResult result = this.progress.isEscalated() ? DrainResult.ESCALATED
				: (abandoned.isEmpty() ? DrainResult.CLEAN : DrainResult.TIMEOUT);
		return new Completion(result, abandoned.isEmpty() ? this.settings.exitCode() : this.settings.timeoutExitCode(),
				abandoned.requests().size());
	}

	void observeWith(DrainObserver observer) {
		this.observer = observer;
	}

	private void endObservation(DrainResult result, int code, boolean halting) {
		try {
			this.observer.ended(result, code, halting);
		}
		catch (RuntimeException ex) {
			logger.warn("Drain: reporting the drain's end failed (" + ex.getClass().getSimpleName() + ")");
		}
	}

	/**
	 * The budget ran out: names what is still in flight and halts.
	 */
	void expired() {
		int code = this.settings.timeoutExitCode();
		Outcome ended = this.progress.ending();
		if (ended != null) {
			// The drain had ended, but its exit is stuck in shutdown hooks: keep its
			// code.
			code = ended.exitCode();
		}
		guardHalt(code);
		try {
			Abandoned abandoned = abandoned();
			Progress progress = this.progress.snapshot();
			String step = (progress != null) ? progress.step().displayName() : "unknown";
			String budget = Durations.format(this.settings.timeout());
			String kept = " (its last " + Durations.format(DrainDeadline.reserve(this.settings.timeout()))
					+ " kept to report the end)";
			if (abandoned.isEmpty()) {
				logger.warn("Drain budget of " + budget + " exhausted" + kept + " in step '" + step
						+ "' with no request or participant in flight: something the drain's thread waits for is"
						+ " stuck" + whereTheDrainWaits());
			}
			else {
				logger.warn("Drain budget of " + budget + " exhausted" + kept + " in step '" + step + "', "
						+ abandoned.counted() + " still in flight: " + abandoned.all());
			}
			Outcome end = this.progress.end(DrainResult.TIMEOUT, code, this.requests.served(), abandoned.requests(),
					abandoned.participants());
			if (end != null) {
				logEnd(end, true);
			}
			endObservation(DrainResult.TIMEOUT, code, true);
		}
		finally {
			this.exit.halt(code);
			this.over.run();
		}
	}

	/**
	 * A signal asked to halt at once.
	 * @param trigger the signal
	 */
	void forced(Trigger trigger) {
		int code = (trigger.signalNumber() > 0) ? 128 + trigger.signalNumber() : this.settings.timeoutExitCode();
		guardHalt(code);
		try {
			logger.warn("Drain: " + trigger + " received again during the drain, halting now with exit code " + code
					+ ": the rest of the context close (lifecycle beans not yet stopped, destroy methods) and the"
					+ " JVM's shutdown hooks are skipped; what the application holds only in memory is lost");
			Abandoned abandoned = abandoned();
			Outcome end = this.progress.end(DrainResult.FORCED, code, this.requests.served(), abandoned.requests(),
					abandoned.participants());
			if (end != null) {
				logEnd(end, true);
			}
			endObservation(DrainResult.FORCED, code, true);
		}
		finally {
			// Whatever failed above, the operator asked for the process to end.
			this.exit.halt(code);
			this.over.run();
		}
	}

	/**
	 * The drain failed unexpectedly: halts, so that no failure leaves a process stuck.
	 * @param failure what went wrong
	 */
	void failed(Throwable failure) {
		Outcome ended = this.progress.ending();
		// Ended already (what failed came after its summary, while reporting it): the
		// summary's exit code stays true, and no second summary contradicts it.
		int code = (ended != null) ? ended.exitCode() : this.settings.timeoutExitCode();
		guardHalt(code);
		try {
			if (ended != null) {
				logger.error(
						"Drain failed after it had ended " + ended.result() + ", halting with its exit code " + code,
						failure);
				return;
			}
			logger.error("Drain failed unexpectedly, halting with exit code " + code, failure);
			Abandoned abandoned = abandoned();
			this.progress.end(DrainResult.FAILED, code, this.requests.served(), abandoned.requests(),
					abandoned.participants());
			report("Drain ended FAILED (" + failure.getClass().getName() + "); exit code " + code, abandoned.all());
			endObservation(DrainResult.FAILED, code, true);
		}
		finally {
			this.exit.halt(code);
			this.over.run();
		}
	}

	// The first frame of the drain's thread outside the JDK: the part that holds it (a
	// lifecycle phase, the exit's shutdown hooks, a report being written).
	private static String whereTheDrainWaits() {
		try {
			for (Map.Entry<Thread, StackTraceElement[]> thread : Thread.getAllStackTraces().entrySet()) {
				if (GracefulDrain.THREAD_NAME.equals(thread.getKey().getName())) {
					for (StackTraceElement frame : thread.getValue()) {
						String type = frame.getClassName();
						if (!type.startsWith("java.") && !type.startsWith("jdk.") && !type.startsWith("sun.")) {
							return " (the drain's thread waits in " + frame + ")";
						}
					}
				}
			}
		}
		catch (RuntimeException ex) {
			// Not allowed to look: say nothing more.
		}
		return "";
	}

	private void guardHalt(int code) {
		Thread guard = new Thread(() -> {
			LockSupport.parkNanos(HALT_GUARD.toNanos());
			this.exit.halt(code);
		}, "lifecycle-halt-guard");
		guard.setDaemon(true);
		guard.start();
	}

	private Abandoned abandoned() {
		Set<InFlightRequest> requests = new LinkedHashSet<>();
		this.window.outlived()
			.stream()
			.filter((request) -> request.state() != InFlightRequest.State.SERVED)
			.forEach(requests::add);
		requests.addAll(this.requests.list());
		List<String> names = new ArrayList<>();
		requests.forEach((request) -> names.add(request.toString()));
		List<String> participants = new ArrayList<>(this.participants.abandoned());
		// A lifecycle bean that never reported back from its stop: its phase moved on
		// without it, and it runs on until the process ends.
		this.stillStopping.beans()
			.forEach((bean) -> participants
				.add(STILL_STOPPING_PREFIX + bean + "' (still stopping " + "after its shutdown phase's timeout)"));
		return new Abandoned(names, participants);
	}

	void watchStops(StillStopping stillStopping) {
		this.stillStopping = stillStopping;
	}

	void reportTo(DrainReport report) {
		this.reports.add(report);
	}

	private void report(String summary, List<String> abandoned) {
		for (DrainReport report : this.reports) {
			try {
				report.ended(summary, abandoned);
			}
			catch (RuntimeException ex) {
				logger.warn("Drain: a report of the drain's end failed (" + ex.getClass().getSimpleName() + ")");
			}
		}
	}

	private void logEnd(Outcome end, boolean warn) {
		Progress progress = this.progress.snapshot();
		List<String> steps = new ArrayList<>();
		if (progress != null) {
			for (StepTiming timing : progress.steps()) {
				steps.add(timing.step().displayName() + "=" + Durations.format(timing.duration()));
			}
		}
		List<String> participants = new ArrayList<>();
		for (Participant participant : this.participants.snapshot()) {
			participants
				.add(participant.name() + "=" + participant.state() + " " + Durations.format(participant.elapsed()));
		}
		String line = "Drain ended " + end.result() + " after "
				+ ((progress != null) ? Durations.format(progress.elapsed()) : "?") + " (trigger "
				+ ((progress != null) ? progress.trigger() : "?") + "; steps "
				+ (steps.isEmpty() ? "none" : String.join(", ", steps))
				+ (participants.isEmpty() ? "" : "; participants " + String.join(", ", participants)) + "; "
				+ end.servedDuring() + " request(s) served during the drain, " + end.abandoned().size()
				+ " abandoned; exit code " + end.exitCode() + ")";
		Abandoned abandoned = new Abandoned(end.abandonedRequests(), end.abandonedParticipants());
		if (warn || !abandoned.isEmpty()) {
			logger.warn(line);
			if (!abandoned.isEmpty()) {
				logger.warn("Drain abandoned " + abandoned.counted() + ": " + abandoned.all());
			}
		}
		else {
			logger.info(line);
		}
		report(line, end.abandoned());
	}

	/**
	 * What a drain gave up on, requests and participants apart.
	 *
	 * @param requests the requests
	 * @param participants the participants
	 */
	private record Abandoned(List<String> requests, List<String> participants) {

		boolean isEmpty() {
			return this.requests.isEmpty() && this.participants.isEmpty();
		}

		List<String> all() {
			List<String> all = new ArrayList<>(this.requests);
			all.addAll(this.participants);
			return all;
		}

		String counted() {
			if (this.participants.isEmpty()) {
				return this.requests.size() + " request(s)";
			}
			return this.requests.isEmpty() ? this.participants.size() + " participant(s)"
					: this.requests.size() + " request(s) and " + this.participants.size() + " participant(s)";
		}

	}

	/**
	 * How a drain that ran through ends.
	 *
	 * @param result its result
	 * @param exitCode the exit code
	 * @param abandonedRequests how many requests it abandoned
	 */
	private record Completion(DrainResult result, int exitCode, int abandonedRequests) {

	}

}
