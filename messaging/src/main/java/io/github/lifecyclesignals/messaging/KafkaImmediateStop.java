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

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.env.Environment;
import org.springframework.kafka.config.AbstractKafkaListenerContainerFactory;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;

/**
 * Makes Kafka listener containers stop after the record in hand rather than after every
 * record of the last poll (up to {@code max.poll.records}, 500 by default): a drain has a
 * budget, and records of a batch it cannot finish are better left to the next owner of
 * the partition, uncommitted, than cut off halfway and handled twice. It must be set
 * before a container starts; Spring Boot's {@code spring.kafka.listener.immediate-stop},
 * when set, is left as it is.
 *
 * @author lifecycle-signals maintainers
 */
final class KafkaImmediateStop implements BeanPostProcessor {

	/** Spring Boot's own property for it. */
	static final String PROPERTY = "spring.kafka.listener.immediate-stop";

	private final Environment environment;

	KafkaImmediateStop(Environment environment) {
		this.environment = environment;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (this.environment.containsProperty(PROPERTY)) {
			return bean;
		}
		if (bean instanceof AbstractKafkaListenerContainerFactory<?, ?, ?> factory) {
			factory.getContainerProperties().setStopImmediate(true);
		}
		else if (bean instanceof AbstractMessageListenerContainer<?, ?> container) {
			container.getContainerProperties().setStopImmediate(true);
		}
		return bean;
	}

}
