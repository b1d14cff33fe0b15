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

package io.github.lifecyclesignals.internal;

import java.time.Clock;
import java.time.Instant;

import io.github.lifecyclesignals.drain.DrainStartedEvent;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.SmartApplicationListener;

/**
 * The application's phase, moved only forwards and only by events: Spring Boot's
 * {@link ApplicationReadyEvent}, the drain's {@link DrainStartedEvent} and Spring's
 * {@link ContextClosedEvent}, each for this application's own context (a separate
 * management server's child context publishes its close to us too). This listener is the
 * phase's only writer.
 *
 * @author lifecycle-signals maintainers
 * @since 0.1.0
 */
public final class ApplicationPhase implements SmartApplicationListener {

	private final ApplicationContext context;

	private final Clock clock;

	private volatile LifecyclePhase phase = LifecyclePhase.STARTING;

	private volatile Instant since;

	public ApplicationPhase(ApplicationContext context, Clock clock) {
		this.context = context;
		this.clock = clock;
		this.since = clock.instant();
	}

	@Override
	public boolean supportsEventType(Class<? extends ApplicationEvent> eventType) {
		return ApplicationReadyEvent.class.isAssignableFrom(eventType)
				|| DrainStartedEvent.class.isAssignableFrom(eventType)
				|| ContextClosedEvent.class.isAssignableFrom(eventType);
	}

	@Override
	public void onApplicationEvent(ApplicationEvent event) {
		if (event instanceof ApplicationReadyEvent ready && ready.getApplicationContext() == this.context) {
			moveTo(LifecyclePhase.RUNNING);
		}
		else if (event instanceof DrainStartedEvent drain && drain.getApplicationContext() == this.context) {
			moveTo(LifecyclePhase.DRAINING);
		}
		else if (event instanceof ContextClosedEvent closed && closed.getApplicationContext() == this.context) {
			moveTo(LifecyclePhase.STOPPING);
		}
	}

	private synchronized void moveTo(LifecyclePhase next) {
		if (next.ordinal() > this.phase.ordinal()) {
			this.phase = next;
			this.since = this.clock.instant();
		}
	}

	/**
	 * The phase now. Never {@link LifecyclePhase#REFRESHING}: a refresh is the refresh
	 * feature's to report.
	 * @return the phase
	 */
	public LifecyclePhase phase() {
		return this.phase;
	}

	/**
	 * When the application entered the phase.
	 * @return the time
	 */
	public Instant since() {
		return this.since;
	}

	/**
	 * Whether startup has completed and no drain or close has begun.
	 * @return whether the application is running
	 */
	public boolean isRunning() {
		return this.phase == LifecyclePhase.RUNNING;
	}

	/**
	 * Whether this application's context is closing: its {@link ContextClosedEvent} has
	 * been published. A paused context (a cached test context, a CRaC checkpoint) is not
	 * closing.
	 * @return whether it is
	 */
	public boolean isClosing() {
		return this.phase == LifecyclePhase.STOPPING;
	}

	/**
	 * Whether a drain or the context's close has begun.
	 * @return whether the application is shutting down
	 */
	public boolean isShuttingDown() {
		return this.phase.ordinal() >= LifecyclePhase.DRAINING.ordinal();
	}

}
