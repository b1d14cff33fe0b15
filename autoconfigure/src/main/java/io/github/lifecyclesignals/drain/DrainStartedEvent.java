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

import io.github.lifecyclesignals.signal.Trigger;

import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEvent;

/**
 * Published once when a drain starts. Listeners run on the thread that asked for the
 * drain, never on the drain's own, so a slow listener cannot hold the drain up.
 *
 * @author lifecycle-signals maintainers
 * @since 0.1.0
 */
public class DrainStartedEvent extends ApplicationEvent {

	private final Trigger trigger;

	/**
	 * Creates the event.
	 * @param context the context that drains
	 * @param trigger what asked for the drain
	 */
	public DrainStartedEvent(ApplicationContext context, Trigger trigger) {
		super(context);
		this.trigger = trigger;
	}

	/**
	 * The context that drains: a child context's drain reaches its parent's listeners
	 * too.
	 * @return the context
	 */
	public ApplicationContext getApplicationContext() {
		return (ApplicationContext) getSource();
	}

	/**
	 * What asked for the drain.
	 * @return the trigger
	 */
	public Trigger getTrigger() {
		return this.trigger;
	}

}
