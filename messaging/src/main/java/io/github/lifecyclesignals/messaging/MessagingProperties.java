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

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration of the messaging drain, under {@code lifecycle.drain.messaging}: the
 * application's Kafka and RabbitMQ listener containers stop consuming, finish the message
 * in hand, commit and close within the drain's one budget.
 *
 * @author lifecycle-signals maintainers
 * @since 0.1.0
 */
@ConfigurationProperties(MessagingProperties.PREFIX)
public class MessagingProperties {

	/** The prefix of the messaging drain's properties. */
	public static final String PREFIX = "lifecycle.drain.messaging";

	/**
	 * Whether listener containers are drained: stopped within the budget, concurrently
	 * with the web drain, and named if they outlive it. Off, Spring stops them one
	 * lifecycle phase after another, each with its own timeout.
	 */
	private boolean enabled = true;

	/**
	 * When the containers stop consuming: at-signal (as the drain starts: a message is
	 * not taken only to be cut off, and a Kafka member leaves its group while this
	 * instance still serves HTTP) or after-delay (they consume through the pre-stop
	 * delay, as the web server serves through it).
	 */
	private StopConsuming stopConsuming = StopConsuming.AT_SIGNAL;

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public StopConsuming getStopConsuming() {
		return this.stopConsuming;
	}

	public void setStopConsuming(StopConsuming stopConsuming) {
		this.stopConsuming = stopConsuming;
	}

	/**
	 * When listener containers stop consuming.
	 */
	public enum StopConsuming {

		/** As the drain starts. */
		AT_SIGNAL,

		/** When the pre-stop delay ends, with the other drain participants. */
		AFTER_DELAY

	}

}
