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

import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.ConfigurationPropertiesBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

class AffectedBeansTests {

	@Test
	void onlyBeansWhosePrefixOverlapsAChangedKeyAreAffected() {
		try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext(Beans.class)) {
			assertThat(AffectedBeans.of(ConfigurationPropertiesBean.getAll(context), Set.of("orders.max-quantity")))
				.containsOnlyKeys("orders-" + OrderProperties.class.getName());
			assertThat(AffectedBeans.of(ConfigurationPropertiesBean.getAll(context), Set.of("orders"))).hasSize(2);
			assertThat(AffectedBeans.of(ConfigurationPropertiesBean.getAll(context), Set.of("logging.level.root")))
				.isEmpty();
		}
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties({ OrderProperties.class, OrderLimitProperties.class, MailProperties.class })
	static class Beans {

	}

	@ConfigurationProperties("orders")
	static class OrderProperties {

	}

	@ConfigurationProperties("orders.limits")
	static class OrderLimitProperties {

	}

	@ConfigurationProperties("mail")
	static class MailProperties {

	}

}
