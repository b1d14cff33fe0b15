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

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.event.SmartApplicationListener;

/**
 * Prepares the refresh as the application starts. Once the context has started, the
 * configuration is loaded through the pipeline as it is now, the files being those the
 * application started from: the baseline each refresh is compared with (a few tens of
 * milliseconds of startup, measured in bench/). Once the application is ready, the
 * refresh thread rehearses a refresh at low priority, so that the first SIGHUP is as
 * quick as the next.
 *
 * @author lifecycle-signals maintainers
 */
final class RefreshPreparation implements SmartApplicationListener {

	private final EnvironmentPipeline pipeline;

	private final TransactionalRefresher refresher;

	private final RefreshCoordinator coordinator;

	RefreshPreparation(EnvironmentPipeline pipeline, TransactionalRefresher refresher, RefreshCoordinator coordinator) {
		this.pipeline = pipeline;
		this.refresher = refresher;
		this.coordinator = coordinator;
	}

	@Override
	public boolean supportsEventType(Class<? extends ApplicationEvent> eventType) {
		return ApplicationStartedEvent.class.isAssignableFrom(eventType)
				|| ApplicationReadyEvent.class.isAssignableFrom(eventType);
	}

	@Override
	public void onApplicationEvent(ApplicationEvent event) {
		if (event instanceof ApplicationStartedEvent started) {
			this.pipeline.startedBy(started.getSpringApplication());
			this.refresher.loadBaseline();
		}
		else if (event instanceof ApplicationReadyEvent) {
			this.coordinator.warmUp(this.refresher::warmUp);
		}
	}

}
