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

package io.github.lifecyclesignals.systemd;

import io.github.lifecyclesignals.refresh.ConfigurationRefreshEvent;
import io.github.lifecyclesignals.refresh.ConfigurationRefreshStartedEvent;

import org.springframework.context.ApplicationEvent;
import org.springframework.context.event.SmartApplicationListener;
import org.springframework.core.Ordered;

/**
 * Tells systemd about configuration refreshes ({@code Type=notify-reload}), when the
 * refresh module is there: a class apart, so that the systemd module runs without it.
 *
 * @author lifecycle-signals maintainers
 */
final class SystemdReloads implements SmartApplicationListener {

	private final SystemdNotify notify;

	SystemdReloads(SystemdNotify notify) {
		this.notify = notify;
	}

	@Override
	public int getOrder() {
		// First, so that a listener that throws cannot keep systemd waiting.
		return Ordered.HIGHEST_PRECEDENCE;
	}

	@Override
	public boolean supportsEventType(Class<? extends ApplicationEvent> eventType) {
		return ConfigurationRefreshStartedEvent.class.isAssignableFrom(eventType)
				|| ConfigurationRefreshEvent.class.isAssignableFrom(eventType);
	}

	@Override
	public void onApplicationEvent(ApplicationEvent event) {
		if (event instanceof ConfigurationRefreshStartedEvent started) {
			this.notify.reloading(started.getTrigger().name());
		}
		else if (event instanceof ConfigurationRefreshEvent refreshed) {
			this.notify.reloaded(refreshed.getOutcome().name(), refreshed.getTrigger(),
					refreshed.getChangedKeys().size(), refreshed.getReason());
		}
	}

}
