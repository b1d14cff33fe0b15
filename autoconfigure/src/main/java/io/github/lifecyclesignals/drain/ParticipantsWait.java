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

import io.github.lifecyclesignals.internal.ApplicationPhase;

import org.springframework.context.SmartLifecycle;

/**
 * Awaits the {@link DrainParticipants} in Spring Boot's graceful shutdown phase, so that
 * they and the web server's graceful shutdown are awaited together, under the one phase
 * timeout the drain fits to its budget, rather than one phase after another.
 * <p>
 * Only a close drains them: a context stopped to be started again (a CRaC checkpoint)
 * keeps its participants working.
 *
 * @author lifecycle-signals maintainers
 * @since 0.1.0
 */
final class ParticipantsWait implements SmartLifecycle {

	private final ApplicationPhase phase;

	private final DrainParticipants participants;

	private volatile boolean running;

	/**
	 * Creates the wait.
	 * @param phase the application's phase, which says whether its context closes
	 * @param participants the participants
	 */
	ParticipantsWait(ApplicationPhase phase, DrainParticipants participants) {
		this.phase = phase;
		this.participants = participants;
	}

	@Override
	public void start() {
		this.running = true;
	}

	@Override
	public void stop() {
		this.running = false;
	}

	@Override
	public void stop(Runnable callback) {
		if (!this.phase.isClosing()) {
			stop();
			callback.run();
			return;
		}
		this.participants.startDraining();
		this.participants.whenDone(() -> {
			stop();
			callback.run();
		});
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@Override
	public int getPhase() {
		return GracefulShutdownBoundary.GRACEFUL_SHUTDOWN_PHASE;
	}

}
