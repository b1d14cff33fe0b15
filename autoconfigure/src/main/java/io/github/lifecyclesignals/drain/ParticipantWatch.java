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
import java.util.Locale;
import java.util.concurrent.locks.LockSupport;

import io.github.lifecyclesignals.drain.DrainSnapshot.Participant;
import io.github.lifecyclesignals.internal.Durations;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

/**
 * One participant's part in a close, on a daemon thread of its own: tells it to drain,
 * then asks how much it holds until it answers zero. A participant that blocks in either
 * call holds up only this thread; the wait for it is bounded by the lifecycle phase and
 * the drain's budget.
 *
 * @author lifecycle-signals maintainers
 */
final class ParticipantWatch implements Runnable {

	/** How a participant's description starts, in lists that name requests too. */
	static final String PREFIX = "participant '";

	/** How often a participant is asked how much it still holds. */
	static final Duration POLL = Duration.ofMillis(20);

	private static final Log logger = LogFactory.getLog(GracefulDrain.class);

	private final String name;

	private final DrainParticipant participant;

	private final Runnable onEnd;

	private final long startNanos = System.nanoTime();

	private volatile State state = State.DRAINING;

	private volatile int inFlight = -1;

	private volatile @Nullable String detail;

	private volatile long endNanos;

	ParticipantWatch(String name, DrainParticipant participant, Runnable onEnd) {
		this.name = name;
		this.participant = participant;
		this.onEnd = onEnd;
	}

	void start() {
		Thread thread = new Thread(this, "lifecycle-participant-" + this.name);
		// A participant that never answers must not keep the JVM alive.
		thread.setDaemon(true);
		thread.start();
	}

	@Override
	public void run() {
		try {
			this.participant.drain();
		}
		catch (Throwable ex) {
			logger.warn("Drain participant '" + this.name + "' failed to start draining (" + ex.getClass().getName()
					+ "); waiting for its work in flight all the same");
			logger.debug("Drain participant '" + this.name + "' failure", ex);
		}
		while (true) {
			int count;
			try {
				count = this.participant.inFlight();
				this.detail = (count > 0) ? this.participant.describeInFlight() : null;
			}
			catch (Throwable ex) {
				logger.warn("Drain participant '" + this.name + "' failed to say what it holds ("
						+ ex.getClass().getName() + "); not waiting for it");
				logger.debug("Drain participant '" + this.name + "' failure", ex);
				end(State.FAILED);
				return;
			}
			this.inFlight = count;
			if (count <= 0) {
				end(State.DONE);
				return;
			}
			LockSupport.parkNanos(POLL.toNanos());
		}
	}

	private void end(State state) {
		this.endNanos = System.nanoTime();
		// Logged before the state is published: the drain's summary line, which reads
		// the state, must never come before the line that says this one ended.
		logger.info("Drain participant '" + this.name + "' " + ((state == State.DONE) ? "done" : "failed") + " in "
				+ Durations.format(Duration.ofNanos(this.endNanos - this.startNanos)));
		this.state = state;
		this.onEnd.run();
	}

	String name() {
		return this.name;
	}

	boolean isOver() {
		return this.state != State.DRAINING;
	}

	/**
	 * What it holds, for a log line: its count and description.
	 * @return for example {@code participant 'jobs' (2 in flight: 2 report(s))}
	 */
	String describe() {
		int count = this.inFlight;
		String detail = this.detail;
		return PREFIX + this.name + "' (" + ((count < 0) ? "not answering" : count + " in flight")
				+ ((detail != null) ? ": " + detail : "") + ")";
	}

	Participant snapshot() {
		int count = this.inFlight;
		return new Participant(this.name, this.state.displayName(), (count >= 0) ? count : null, this.detail, took());
	}

	private Duration took() {
		long end = (this.state != State.DRAINING) ? this.endNanos : System.nanoTime();
		return Duration.ofNanos(end - this.startNanos);
	}

	enum State {

		DRAINING, DONE, FAILED;

		String displayName() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

}
