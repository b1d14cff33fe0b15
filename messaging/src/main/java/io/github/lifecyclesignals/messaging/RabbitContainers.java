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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.amqp.rabbit.listener.AbstractMessageListenerContainer;
import org.springframework.amqp.rabbit.listener.RabbitListenerEndpointRegistry;
import org.springframework.beans.factory.ListableBeanFactory;

/**
 * The application's RabbitMQ listener containers: those of {@code @RabbitListener}
 * methods and those defined as beans.
 *
 * @author lifecycle-signals maintainers
 */
final class RabbitContainers {

	static final String BROKER = "rabbit";

	private RabbitContainers() {
	}

	static List<ListenerContainer> of(ListableBeanFactory beanFactory) {
		Set<AbstractMessageListenerContainer> found = new LinkedHashSet<>();
		for (RabbitListenerEndpointRegistry registry : beanFactory
			.getBeansOfType(RabbitListenerEndpointRegistry.class, false, false)
			.values()) {
			// Iterated as objects: the element type moved between Spring AMQP lines.
			for (Object container : registry.getListenerContainers()) {
				if (container instanceof AbstractMessageListenerContainer rabbit) {
					found.add(rabbit);
				}
			}
		}
		found.addAll(beanFactory.getBeansOfType(AbstractMessageListenerContainer.class, false, false).values());
		List<ListenerContainer> containers = new ArrayList<>();
		found.forEach((container) -> containers.add(new Rabbit(container)));
		return containers;
	}

	/**
	 * A RabbitMQ container, stopped after the message in hand: prefetched messages go
	 * back to the queue unhandled, the one in hand gets the time the budget has left
	 * instead of the container's own 5 seconds, after which its channel would be closed
	 * and the message handled twice.
	 */
	private static final class Rabbit implements ListenerContainer {

		private final AbstractMessageListenerContainer container;

		Rabbit(AbstractMessageListenerContainer container) {
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
			return false;
		}

		@Override
		public void stop(Duration timeLeft, Runnable done) {
			this.container.setForceStop(true);
			this.container.setShutdownTimeout(Math.max(timeLeft.toMillis(), 0));
			// Asynchronous with a callback: the container waits for its consumers on a
			// thread of its own.
			this.container.stop(done);
		}

	}

}
