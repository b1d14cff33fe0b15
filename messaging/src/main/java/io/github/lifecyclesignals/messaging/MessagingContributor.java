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

package io.github.lifecyclesignals.messaging;

import java.util.ArrayList;
import java.util.List;

import io.github.lifecyclesignals.internal.LifecycleContributor;

/**
 * The messaging drain's part of the read side.
 *
 * @author lifecycle-signals maintainers
 */
final class MessagingContributor implements LifecycleContributor<MessagingDescription> {

	private final List<ListenerContainersDrain> drains;

	private final MessagingProperties.StopConsuming stopConsuming;

	MessagingContributor(List<ListenerContainersDrain> drains, MessagingProperties.StopConsuming stopConsuming) {
		this.drains = drains;
		this.stopConsuming = stopConsuming;
	}

	@Override
	public String name() {
		return "messaging";
	}

	@Override
	public Class<MessagingDescription> type() {
		return MessagingDescription.class;
	}

	@Override
	public MessagingDescription describe() {
		List<MessagingDescription.Container> containers = new ArrayList<>();
		this.drains.forEach((drain) -> containers.addAll(drain.describe()));
		return new MessagingDescription(this.stopConsuming, containers);
	}

	@Override
	public void summarizeTo(MessagingDescription messaging, List<String> parts) {
		List<String> containers = new ArrayList<>();
		messaging.containers()
			.forEach(
					(container) -> containers.add(container.broker() + ":" + container.id() + "=" + container.state()));
		parts.add("listeners=" + containers);
	}

}
