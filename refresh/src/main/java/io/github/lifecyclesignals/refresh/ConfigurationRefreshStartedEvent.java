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

package io.github.lifecyclesignals.refresh;

import io.github.lifecyclesignals.signal.Trigger;

import org.springframework.context.ApplicationEvent;

/**
 * Published when a configuration refresh starts, before anything is read: for whoever
 * tells a supervisor that the service is reloading, such as systemd's
 * {@code Type=notify-reload}. A {@link ConfigurationRefreshEvent} follows when it ends.
 *
 * @author lifecycle-signals maintainers
 * @since 0.1.0
 */
public class ConfigurationRefreshStartedEvent extends ApplicationEvent {

	private final Trigger trigger;

	public ConfigurationRefreshStartedEvent(Object source, Trigger trigger) {
		super(source);
		this.trigger = trigger;
	}

	public Trigger getTrigger() {
		return this.trigger;
	}

}
