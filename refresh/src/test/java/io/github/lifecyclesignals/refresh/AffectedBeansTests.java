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
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.ConfigurationPropertiesBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.MapPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

class AffectedBeansTests {

	@Test
	void onlyBeansWhosePrefixOverlapsAChangedKeyAreAffected() {
		try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext(Beans.class)) {
			assertThat(AffectedBeans.of(ConfigurationPropertiesBean.getAll(context), Set.of("orders.max-quantity"),
					List.of(source(Map.of()))))
				.containsOnlyKeys("orders-" + OrderProperties.class.getName());
			assertThat(AffectedBeans.of(ConfigurationPropertiesBean.getAll(context), Set.of("orders"),
					List.of(source(Map.of()))))
				.hasSize(2);
			assertThat(AffectedBeans.of(ConfigurationPropertiesBean.getAll(context), Set.of("logging.level.root"),
					List.of(source(Map.of()))))
				.isEmpty();
		}
	}

	@Test
	void placeholderInTheCandidateMakesEveryBeanAffected() {
		try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext(Beans.class)) {
			assertThat(AffectedBeans.of(ConfigurationPropertiesBean.getAll(context), Set.of("other.key"),
					List.of(source(Map.of("orders.max-quantity", "${LIMIT:5}")))))
				.hasSize(3);
		}
	}

	private static MapPropertySource source(Map<String, Object> values) {
		return new MapPropertySource("candidate", values);
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
