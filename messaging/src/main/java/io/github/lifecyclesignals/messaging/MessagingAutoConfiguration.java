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
import java.util.List;

import io.github.lifecyclesignals.drain.DrainAutoConfiguration;
import io.github.lifecyclesignals.drain.DrainDescription;
import io.github.lifecyclesignals.internal.DrainInProgress;
import io.github.lifecyclesignals.internal.LifecycleStatus;
import io.github.lifecyclesignals.internal.RuntimeTypes;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;

/**
 * Auto-configuration of the messaging drain: Kafka and RabbitMQ listener containers, each
 * broker's part when its library is there.
 *
 * @author lifecycle-signals maintainers
 * @since 0.1.0
 */
@AutoConfiguration(after = DrainAutoConfiguration.class)
@ConditionalOnBooleanProperty(name = { "lifecycle.enabled", "lifecycle.drain.messaging.enabled" },
		matchIfMissing = true)
@ConditionalOnBean(DrainInProgress.class)
@EnableConfigurationProperties(MessagingProperties.class)
public final class MessagingAutoConfiguration {

	/**
	 * Kept back from the budget, as the drain keeps it for the phases after its waits.
	 */
	static final Duration RESERVE = Duration.ofSeconds(1);

	@Bean
	MessagingContributor lifecycleSignalsMessagingContributor(ObjectProvider<ListenerContainersDrain> drains,
			MessagingProperties properties) {
		return new MessagingContributor(drains.orderedStream().toList(), properties.getStopConsuming());
	}

	// What the drain's budget has left, less the reserve: how long a container may take.
	static Duration timeLeft(ObjectProvider<LifecycleStatus> status) {
		LifecycleStatus lifecycle = status.getIfAvailable();
		DrainDescription drain = (lifecycle != null) ? lifecycle.describe(DrainDescription.class) : null;
		Long left = (drain != null) ? drain.timeLeftMillis() : null;
		Duration timeLeft = (left != null) ? Duration.ofMillis(left).minus(RESERVE)
				: Duration.ofMillis((drain != null) ? drain.timeoutMillis() : 0);
		return timeLeft.isNegative() ? Duration.ZERO : timeLeft;
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(KafkaListenerEndpointRegistry.class)
	static class KafkaDrainConfiguration {

		@Bean
		ListenerContainersDrain lifecycleSignalsKafkaDrain(ApplicationContext context,
				ObjectProvider<KafkaListenerEndpointRegistry> registry, MessagingProperties properties,
				ObjectProvider<LifecycleStatus> status) {
			return new ListenerContainersDrain(KafkaContainers.BROKER, context, () -> {
				KafkaListenerEndpointRegistry endpoints = registry.getIfAvailable();
				return (endpoints != null) ? KafkaContainers.of(endpoints) : List.of();
			}, properties.getStopConsuming(), () -> timeLeft(status));
		}

		@Bean
		static KafkaImmediateStop lifecycleSignalsKafkaImmediateStop(Environment environment) {
			return new KafkaImmediateStop(environment);
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(name = RuntimeTypes.RABBIT_LISTENERS)
	static class RabbitDrainConfiguration {

		@Bean
		ListenerContainersDrain lifecycleSignalsRabbitDrain(ApplicationContext context,
				ConfigurableListableBeanFactory beanFactory, MessagingProperties properties,
				ObjectProvider<LifecycleStatus> status) {
			return new ListenerContainersDrain(RabbitContainers.BROKER, context, () -> RabbitContainers.of(beanFactory),
					properties.getStopConsuming(), () -> timeLeft(status));
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(MeterRegistry.class)
	static class MessagingMetersConfiguration {

		@Bean
		MessagingMeters lifecycleSignalsMessagingMeters(ObjectProvider<ListenerContainersDrain> drains) {
			return new MessagingMeters(drains.orderedStream().toList());
		}

	}

}
