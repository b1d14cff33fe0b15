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

import org.jspecify.annotations.Nullable;

/**
 * A bean that holds work a drain must let finish: a message listener, a batch, a
 * connection pool, an executor. Any bean implementing this interface takes part in every
 * drain, and in every close of the context.
 * <p>
 * When the pre-stop delay has ended (load balancers have moved on), or when the context
 * closes without a drain, the participant is told to {@link #drain() drain}; then it is
 * asked how much it still holds until it answers zero. All participants are awaited
 * together, and together with the web server's graceful shutdown, within the one budget
 * ({@code lifecycle.drain.timeout}). One still busy when the wait ends is named in the
 * endpoint and the log like a request left in flight, and the drain ends with the timeout
 * exit code.
 * <p>
 * Both methods run on a thread of the participant's own: a participant that blocks holds
 * up nothing but itself. {@link #inFlight()} is called often; keep it cheap.
 *
 * <pre class="code">
 * &#64;Component
 * class ReportJobs implements DrainParticipant {
 *
 *     private final AtomicInteger running = new AtomicInteger();
 *     private volatile boolean accepting = true;
 *
 *     public void drain() {
 *         this.accepting = false; // finish what runs, start nothing new
 *     }
 *
 *     public int inFlight() {
 *         return this.running.get();
 *     }
 *
 * }
 * </pre>
 *
 * @author lifecycle-signals maintainers
 * @since 0.1.0
 */
public interface DrainParticipant {

	/**
	 * Stop taking new work and finish what is held. Called once per close. Return
	 * promptly: the drain waits on {@link #inFlight()}, not on this method.
	 */
	void drain();

	/**
	 * How much work is still held: requests, messages, tasks, connections. The drain
	 * waits until this is zero.
	 * @return the amount, zero when done
	 */
	int inFlight();

	/**
	 * What the work in flight is, in a few words for the endpoint and the log, for
	 * example {@code "2 stream(s), 1 WebSocket session(s)"}. Never a property value or
	 * user data.
	 * @return the description, or {@code null} to show the count only
	 */
	default @Nullable String describeInFlight() {
		return null;
	}

	/**
	 * The name shown in the endpoint and the log.
	 * @return the name, or {@code null} for the bean's name
	 */
	default @Nullable String participantName() {
		return null;
	}

}
