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

import io.github.lifecyclesignals.internal.RuntimeTypes;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.cloud.autoconfigure.RefreshAutoConfiguration;
import org.springframework.cloud.context.refresh.ConfigDataContextRefresher;
import org.springframework.cloud.context.refresh.ContextRefresher;
import org.springframework.cloud.context.scope.refresh.RefreshScope;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Closes spring-cloud-context's back door: its {@code POST /actuator/refresh} and its
 * {@code RefreshEvent} listener call the context refresher, which reloads and re-binds
 * without any check. Defined before spring-cloud-context's own, so that it backs off and
 * every one of those refreshes is the transactional one.
 *
 * @author lifecycle-signals maintainers
 * @since 0.1.0
 */
@AutoConfiguration(before = RefreshAutoConfiguration.class,
		beforeName = "org.springframework.cloud.autoconfigure.RefreshEndpointAutoConfiguration")
@ConditionalOnClass(ConfigDataContextRefresher.class)
@ConditionalOnBooleanProperty(name = { "lifecycle.enabled", "lifecycle.refresh.enabled" }, matchIfMissing = true)
@ConditionalOnProperty(name = "spring.cloud.bootstrap.enabled", havingValue = "false", matchIfMissing = true)
@ConditionalOnMissingClass(RuntimeTypes.SPRING_CLOUD_BOOTSTRAP)
public final class SpringCloudRefreshAutoConfiguration {

	// A refresher of the application's own wins; the back door is then its to keep
	// closed.
	@Bean
	@ConditionalOnMissingBean(ContextRefresher.class)
	TransactionalContextRefresher lifecycleSignalsContextRefresher(ConfigurableApplicationContext context,
			RefreshScope scope, ObjectProvider<RefreshCoordinator> coordinator) {
		return new TransactionalContextRefresher(context, scope, coordinator);
	}

	/**
	 * spring-cloud-context's refresh endpoint, closed by default: defined whether or not
	 * it is open, so that spring-cloud-context's own, open by default, backs off.
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(name = { "org.springframework.boot.actuate.endpoint.annotation.Endpoint",
			"org.springframework.cloud.endpoint.RefreshEndpoint" })
	static class RefreshEndpointConfiguration {

		@Bean
		@ConditionalOnMissingBean(type = "org.springframework.cloud.endpoint.RefreshEndpoint")
		TransactionalRefreshEndpoint refreshEndpoint(ContextRefresher refresher,
				ObjectProvider<RefreshCoordinator> coordinator) {
			return new TransactionalRefreshEndpoint(refresher, coordinator);
		}

	}

}
