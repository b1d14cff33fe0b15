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

package io.github.lifecyclesignals.signal;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

import io.github.lifecyclesignals.state.LifecycleState;
import io.github.lifecyclesignals.state.SignalRecord;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Runs signal actions, one at a time, on one thread of its own. The JVM's signal thread
 * only {@linkplain #dispatch enqueues}; a slow or failing action never reaches it, and
 * never stops this thread.
 *
 * @author lifecycle-signals maintainers
 * @since 0.1.0
 */
public final class SignalDispatcher {

	/** Name of the dispatcher thread, as seen in thread dumps. */
	public static final String THREAD_NAME = "lifecycle-signals";

	private static final Log logger = LogFactory.getLog(SignalDispatcher.class);

	// Bounded so that a flood of signals cannot grow the heap; actions coalesce their own
	// bursts.
	private final BlockingQueue<Dispatch> queue = new LinkedBlockingQueue<>(1024);

	private final LifecycleState state;

	private volatile Thread thread;

	public SignalDispatcher(LifecycleState state) {
		this.state = state;
		this.thread = newThread();
	}

	private Thread newThread() {
		Thread thread = new Thread(this::run, THREAD_NAME);
		// Daemon: it must never be what keeps a JVM alive once the application is closed.
		thread.setDaemon(true);
		return thread;
	}

	public synchronized void start() {
		if (!this.thread.isAlive()) {
			if (this.thread.getState() == Thread.State.TERMINATED) {
				this.thread = newThread();
			}
			this.thread.start();
		}
	}

	public synchronized void stop() {
		this.thread.interrupt();
	}

	/**
	 * Hands a signal to the dispatcher thread. Safe to call from the JVM's signal thread:
	 * it does not block and does not allocate more than the queue node.
	 * @param signal the signal
	 * @param actionName the configured action name, for the record
	 * @param action the action to run
	 */
	public void dispatch(ReceivedSignal signal, String actionName, SignalAction action) {
		if (!this.queue.offer(new Dispatch(signal, actionName, action))) {
			this.state.recordSignal(
					new SignalRecord(signal.name(), signal.receivedAt(), actionName, "dropped: dispatcher queue full"));
		}
	}

	private void run() {
		while (!Thread.currentThread().isInterrupted()) {
			Dispatch dispatch;
			try {
				dispatch = this.queue.take();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			try {
				runOne(dispatch);
			}
			catch (Throwable ex) {
				// Only reached when logging itself failed (for example classes missing
				// from a jar replaced under the running process): the dispatcher must
				// outlive it, or no signal would ever be handled again.
				System.err.println("lifecycle-signals: dispatching " + dispatch.signal() + " failed: " + ex);
			}
		}
	}

	private void runOne(Dispatch dispatch) {
		ReceivedSignal signal = dispatch.signal();
		String outcome;
		try {
			outcome = dispatch.action().handle(signal);
			logger.info("Received " + signal + ", " + dispatch.actionName() + ": " + outcome);
		}
		catch (Throwable ex) {
			outcome = "failed: " + ex;
			logger.error("Received " + signal + ", action '" + dispatch.actionName() + "' failed", ex);
		}
		this.state.recordSignal(new SignalRecord(signal.name(), signal.receivedAt(), dispatch.actionName(), outcome));
	}

	private record Dispatch(ReceivedSignal signal, String actionName, SignalAction action) {

	}

}
