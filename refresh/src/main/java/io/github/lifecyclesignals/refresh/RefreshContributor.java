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

import java.util.List;
import java.util.Map;

import io.github.lifecyclesignals.internal.LifecycleContributor;
import io.github.lifecyclesignals.internal.LifecyclePhase;
import org.jspecify.annotations.Nullable;

/**
 * The refresh's part of the read side: {@code refresh} and {@code restartRequired} in the
 * endpoint, and {@code REFRESHING} as the state while a refresh runs.
 *
 * @author lifecycle-signals maintainers
 */
final class RefreshContributor implements LifecycleContributor<RefreshDescription> {

	private final RefreshHistory history;

	RefreshContributor(RefreshHistory history) {
		this.history = history;
	}

	@Override
	public String name() {
		return "refresh";
	}

	@Override
	public Class<RefreshDescription> type() {
		return RefreshDescription.class;
	}

	@Override
	public RefreshDescription describe() {
		return this.history.snapshot().describe();
	}

	@Override
	public void describeTo(RefreshDescription description, Map<String, @Nullable Object> entries) {
		entries.put(name(), description);
		entries.put("restartRequired", description.restartRequired());
	}

	@Override
	public void summarizeTo(RefreshDescription refresh, List<String> parts) {
		parts.add("refreshes=" + refresh.counts());
		parts.add("configHash=" + refresh.configHash());
	}

	@Override
	public @Nullable LifecyclePhase activity() {
		return this.history.snapshot().running() ? LifecyclePhase.REFRESHING : null;
	}

}
