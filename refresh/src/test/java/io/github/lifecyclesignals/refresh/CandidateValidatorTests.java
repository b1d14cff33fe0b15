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

import java.util.Collection;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.Max;
import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.ConfigurationPropertiesBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.validation.annotation.Validated;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

class CandidateValidatorTests {

	@Test
	void validCandidatePasses() throws Exception {
		try (AnnotationConfigApplicationContext context = context()) {
			assertThatNoException().isThrownBy(() -> validator(List.of())
				.validate(candidate(Map.of("demo.limit", "5", "demo.timeout", "3")), beans(context)));
		}
	}

	@Test
	void validationFailureNamesThePropertyAndTheRuleNotTheValue() throws Exception {
		try (AnnotationConfigApplicationContext context = context()) {
			assertThatExceptionOfType(CandidateRejectedException.class)
				.isThrownBy(
						() -> validator(List.of()).validate(candidate(Map.of("demo.limit", "424242")), beans(context)))
				.withMessage("demo.limit: must be less than or equal to 100")
				.withMessageNotContaining("424242");
		}
	}

	@Test
	void conversionFailureNamesTheTargetTypeNotTheValue() throws Exception {
		try (AnnotationConfigApplicationContext context = context()) {
			assertThatExceptionOfType(CandidateRejectedException.class)
				.isThrownBy(() -> validator(List.of()).validate(candidate(Map.of("demo.timeout", "secret-token")),
						beans(context)))
				.withMessageContaining("demo.timeout: cannot be converted to int")
				.withMessageNotContaining("secret-token");
		}
	}

	@Test
	void everyProblemIsListedIncludingThoseOfTheChecks() throws Exception {
		ConfigurationCandidateCheck check = (binder) -> {
			throw new CandidateRejectedException("demo: limit and timeout contradict each other");
		};
		try (AnnotationConfigApplicationContext context = context()) {
			assertThatExceptionOfType(CandidateRejectedException.class).isThrownBy(
					() -> validator(List.of(check)).validate(candidate(Map.of("demo.limit", "101")), beans(context)))
				.withMessage("demo.limit: must be less than or equal to 100; "
						+ "demo: limit and timeout contradict each other");
		}
	}

	private static CandidateValidator validator(List<ConfigurationCandidateCheck> checks) {
		LocalValidatorFactoryBean validator = new LocalValidatorFactoryBean();
		validator.afterPropertiesSet();
		return new CandidateValidator(validator, null, () -> checks);
	}

	private static AnnotationConfigApplicationContext context() {
		return new AnnotationConfigApplicationContext(DemoConfiguration.class);
	}

	private static Collection<ConfigurationPropertiesBean> beans(AnnotationConfigApplicationContext context) {
		return ConfigurationPropertiesBean.getAll(context).values();
	}

	private static StandardEnvironment candidate(Map<String, Object> values) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().addFirst(new MapPropertySource("candidate", values));
		return environment;
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(DemoProperties.class)
	static class DemoConfiguration {

	}

	@ConfigurationProperties("demo")
	@Validated
	static class DemoProperties {

		@Max(100)
		private int limit = 1;

		private int timeout = 1;

		public int getLimit() {
			return this.limit;
		}

		public void setLimit(int limit) {
			this.limit = limit;
		}

		public int getTimeout() {
			return this.timeout;
		}

		public void setTimeout(int timeout) {
			this.timeout = timeout;
		}

	}

}
