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

import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.ContextClosedEvent;

/**
 * Awaits the {@link DrainParticipants} in Spring Boot's graceful shutdown phase, so that
 * they and the web server's graceful shutdown are awaited together, under the one phase
 * timeout the drain fits to its budget, rather than one phase after another.
 * <p>
 * Only a close drains them: a context stopped to be started again (a CRaC checkpoint)
 * keeps its participants working.
 *
 * @author lifecycle-signals maintainers
 * @since 0.2.0
 */
final class DrainParticipantsPhase implements SmartLifecycle, ApplicationListener<ContextClosedEvent> {

	private final ApplicationContext context;

	private final DrainParticipants participants;

	private volatile boolean running;

	private volatile boolean closing;

	/**
	 * Creates the phase.
	 * @param context the application's context, whose close drains the participants
	 * @param participants the participants
	 */
	DrainParticipantsPhase(ApplicationContext context, DrainParticipants participants) {
		this.context = context;
		this.participants = participants;
	}

	@Override
	public void onApplicationEvent(ContextClosedEvent event) {
		// A child context's close reaches its parent's listeners too.
		if (event.getApplicationContext() == this.context) {
			this.closing = true;
		}
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
		if (!this.closing) {
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
		return DrainPhaseHook.GRACEFUL_SHUTDOWN_PHASE;
	}

}
