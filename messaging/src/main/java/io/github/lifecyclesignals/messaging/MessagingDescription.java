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

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What the messaging drain shows in the {@code lifecycle} endpoint, under
 * {@code messaging}. Read-only.
 *
 * @param stopConsuming when the containers stop consuming: {@code AT_SIGNAL} or
 * {@code AFTER_DELAY}
 * @param containers every listener container
 * @author lifecycle-signals maintainers
 * @since 0.1.0
 */
public record MessagingDescription(MessagingProperties.StopConsuming stopConsuming, List<Container> containers) {

	/**
	 * One listener container.
	 *
	 * @param broker {@code kafka} or {@code rabbit}
	 * @param id its listener id
	 * @param state {@code running}, {@code paused}, {@code stopping} (a drain asked it to
	 * stop and it has not finished the message in hand) or {@code stopped}
	 * @param stoppedInMillis how long its stop took, once a drain has stopped it
	 */
	public record Container(String broker, String id, String state, @Nullable Long stoppedInMillis) {

	}

}
