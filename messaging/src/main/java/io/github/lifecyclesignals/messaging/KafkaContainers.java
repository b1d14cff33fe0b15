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

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;

/**
 * The application's Kafka listener containers: those of {@code @KafkaListener} methods
 * and those defined as beans, as the registry knows them.
 *
 * @author lifecycle-signals maintainers
 */
final class KafkaContainers {

	static final String BROKER = "kafka";

	private KafkaContainers() {
	}

	static List<ListenerContainer> of(KafkaListenerEndpointRegistry registry) {
		List<ListenerContainer> containers = new ArrayList<>();
		for (MessageListenerContainer container : registry.getAllListenerContainers()) {
			containers.add(new Kafka(container));
		}
		return containers;
	}

	/**
	 * A Kafka container. It was set to stop after the record in hand
	 * ({@code ContainerProperties#setStopImmediate}) before it started; its consumer then
	 * commits the offsets of the records handled, leaves the group and closes.
	 */
	private static final class Kafka implements ListenerContainer {

		private final MessageListenerContainer container;

		Kafka(MessageListenerContainer container) {
			this.container = container;
		}

		@Override
		public String broker() {
			return BROKER;
		}

		@Override
		public String id() {
			String id = this.container.getListenerId();
			return (id != null) ? id : String.valueOf(this.container);
		}

		@Override
		public boolean isRunning() {
			return this.container.isRunning();
		}

		@Override
		public boolean isPaused() {
			return this.container.isPauseRequested();
		}

		@Override
		public void stop(Duration timeLeft, Runnable done) {
			// Asynchronous: done runs when the consumer thread has ended.
			this.container.stop(done);
		}

	}

}
