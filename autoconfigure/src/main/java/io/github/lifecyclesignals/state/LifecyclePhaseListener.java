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

package io.github.lifecyclesignals.state;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.SmartApplicationListener;

/**
 * Moves the {@link LifecycleState} to {@code RUNNING} when the application is ready and
 * to {@code STOPPING} when its context starts closing, whoever closes it.
 *
 * @author lifecycle-signals maintainers
 * @since 0.1.0
 */
public final class LifecyclePhaseListener implements SmartApplicationListener {

	private final LifecycleState state;

	private final ApplicationContext context;

	public LifecyclePhaseListener(LifecycleState state, ApplicationContext context) {
		this.state = state;
		this.context = context;
	}

	@Override
	public boolean supportsEventType(Class<? extends ApplicationEvent> eventType) {
		return ApplicationReadyEvent.class.isAssignableFrom(eventType)
				|| ContextClosedEvent.class.isAssignableFrom(eventType);
	}

	@Override
	public void onApplicationEvent(ApplicationEvent event) {
		if (event instanceof ApplicationReadyEvent ready && ready.getApplicationContext() == this.context) {
			this.state.moveFrom(LifecyclePhase.STARTING, LifecyclePhase.RUNNING);
		}
		// Child contexts (a separate management server) publish their close to us too:
		// ignore them.
		if (event instanceof ContextClosedEvent closed && closed.getApplicationContext() == this.context) {
			this.state.moveTo(LifecyclePhase.STOPPING);
		}
	}

}
