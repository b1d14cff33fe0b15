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

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.Lifecycle;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.support.DefaultLifecycleProcessor;

/**
 * Spring's lifecycle processor, which also knows, when the context closes, which beans
 * have not reported back from their {@code stop}: a phase that runs out of its timeout
 * moves on without them, and Spring only logs their names. A drain must not end
 * {@code CLEAN} while a bean (a message listener container finishing a long batch, say)
 * is still running: {@link StillStopping} lists them for it.
 * <p>
 * It takes the place of Spring Boot's own {@code lifecycleProcessor}, with the same
 * {@code spring.lifecycle.timeout-per-shutdown-phase}; an application's own processor
 * replaces it, and the drain then cannot know (it says so at startup).
 *
 * @author lifecycle-signals maintainers
 */
final class StopTrackingLifecycleProcessor extends DefaultLifecycleProcessor implements StillStopping {

	private final Set<String> stopping = ConcurrentHashMap.newKeySet();

	private volatile boolean closing;

	private volatile Runnable phasesEnded = () -> {
	};

	@Override
	public void onClose() {
		this.closing = true;
		super.onClose();
		this.phasesEnded.run();
	}

	/**
	 * Runs an action when the close's lifecycle phases have all stopped, before the beans
	 * are destroyed.
	 * @param action the action
	 */
	void whenPhasesEnded(Runnable action) {
		this.phasesEnded = action;
	}

	@Override
	protected Map<String, Lifecycle> getLifecycleBeans() {
		Map<String, Lifecycle> beans = super.getLifecycleBeans();
		if (!this.closing) {
			return beans;
		}
		// Only for the close: a bean that never reports back is what a phase's timeout
		// leaves behind.
		Map<String, Lifecycle> tracked = new LinkedHashMap<>();
		// The wait for the drain's participants is not one of them: each participant
		// still busy is named itself.
		beans.forEach((name, bean) -> tracked.put(name,
				(bean instanceof SmartLifecycle smart && !(bean instanceof ParticipantsWait))
						? new TrackedStop(name, smart, this.stopping) : bean));
		return tracked;
	}

	@Override
	public List<String> beans() {
		return List.copyOf(this.stopping);
	}

	/**
	 * A bean whose stop is followed: it is stopping from the call until it reports back.
	 */
	private static final class TrackedStop implements SmartLifecycle {

		private final String name;

		private final SmartLifecycle bean;

		private final Set<String> stopping;

		TrackedStop(String name, SmartLifecycle bean, Set<String> stopping) {
			this.name = name;
			this.bean = bean;
			this.stopping = stopping;
		}

		@Override
		public void stop(Runnable callback) {
			this.stopping.add(this.name);
			this.bean.stop(() -> {
				this.stopping.remove(this.name);
				callback.run();
			});
		}

		@Override
		public void start() {
			this.bean.start();
		}

		@Override
		public void stop() {
			this.bean.stop();
		}

		@Override
		public boolean isRunning() {
			return this.bean.isRunning();
		}

		@Override
		public boolean isAutoStartup() {
			return this.bean.isAutoStartup();
		}

		@Override
		public int getPhase() {
			return this.bean.getPhase();
		}

	}

}
