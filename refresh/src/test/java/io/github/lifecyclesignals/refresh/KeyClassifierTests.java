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

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.ConfigurationPropertiesBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class KeyClassifierTests {

	@Test
	void keysAreClassifiedByWhatReadsThem() {
		try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext(Beans.class)) {
			Map<String, ConfigurationPropertiesBean> beans = ConfigurationPropertiesBean.getAll(context);
			StandardEnvironment candidate = environment(
					Map.of("demo.bean.size", "2", "demo.record.size", "2", "demo.flag", "true", "demo.bean.typo", "x",
							"server.port", "1", "logging.level.root", "WARN", "demo.applied-by-hand", "y"));
			Set<String> changed = Set.of("demo.bean.size", "demo.record.size", "demo.flag", "demo.bean.typo",
					"server.port", "logging.level.root", "demo.applied-by-hand");
			KeyClassifier classifier = new KeyClassifier(context.getBeanFactory(), new StartupOnlyKeys(List.of()),
					() -> List.of(() -> Set.of("demo.applied-by-hand")), beans.keySet());
			KeyClassification keys = classifier.classify(changed, List.of(), beans,
					CandidateValidator.boundNames(candidate, beans.values()), Map.of(), values(candidate, changed),
					PlaceholderUsers.in(List.of()));
			assertThat(keys.live()).containsExactly("demo.applied-by-hand", "demo.bean.size", "logging.level.root");
			assertThat(keys.restartRequired()).containsOnlyKeys("demo.flag", "demo.record.size", "server.port");
			assertThat(keys.restartRequired().get("demo.flag")).isEqualTo("@Value in singleton bean 'flagHolder'");
			assertThat(keys.restartRequired().get("demo.record.size")).contains("constructor of RecordProperties");
			assertThat(keys.restartRequired().get("server.port")).isEqualTo("read at startup (server.*)");
			assertThat(keys.unused()).containsExactly("demo.bean.typo");
		}
	}

	@Test
	void keyUsedOnlyInAPlaceholderIsClassifiedAsItsUsers() {
		try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext(Beans.class)) {
			Map<String, ConfigurationPropertiesBean> beans = ConfigurationPropertiesBean.getAll(context);
			StandardEnvironment candidate = environment(Map.of("database", "postgres", "size", "3", "flavour", "mint",
					"demo.flag", "${enabled.${database}:true}", "demo.bean.size", "${size}", "server.servlet.path",
					"/${flavour}", "demo.bean.typo", "${nothing}"));
			Set<String> changed = Set.of("database", "size", "flavour", "nothing");
			List<PropertySource<?>> sources = new ArrayList<>();
			candidate.getPropertySources().forEach(sources::add);
			PlaceholderUsers users = PlaceholderUsers.in(sources);
			KeyClassification keys = new KeyClassifier(context.getBeanFactory(), new StartupOnlyKeys(List.of()),
					List::of, beans.keySet())
				.classify(changed, List.of(), beans, CandidateValidator.boundNames(candidate, beans.values()), Map.of(),
						values(candidate, changed), users);
			assertThat(keys.restartRequired()).containsOnlyKeys("database", "flavour");
			assertThat(keys.restartRequired().get("database"))
				.isEqualTo("used in ${database} by demo.flag, @Value in singleton bean 'flagHolder'");
			assertThat(keys.restartRequired().get("flavour")).contains("by server.servlet.path, read at startup");
			assertThat(keys.live()).containsExactly("size");
			assertThat(keys.unused()).containsExactly("nothing");
		}
	}

	@Test
	void keySetAboveConfigDataIsShadowedAndOneBackAtItsStartupValueIsLive() {
		try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext(Beans.class)) {
			Map<String, ConfigurationPropertiesBean> beans = ConfigurationPropertiesBean.getAll(context);
			StandardEnvironment candidate = environment(Map.of("demo.record.size", "1", "demo.bean.size", "3"));
			Set<String> changed = Set.of("demo.record.size", "demo.bean.size");
			List<PropertySource<?>> commandLine = List
				.of(new MapPropertySource("commandLineArgs", Map.of("demo.bean.size", "7")));
			KeyClassification keys = new KeyClassifier(context.getBeanFactory(), new StartupOnlyKeys(List.of()),
					List::of, beans.keySet())
				.classify(changed, commandLine, beans, CandidateValidator.boundNames(candidate, beans.values()),
						Map.of("demo.record.size", "1"), values(candidate, changed), PlaceholderUsers.in(List.of()));
			assertThat(keys.shadowed()).containsExactly("demo.bean.size");
			assertThat(keys.live()).containsExactly("demo.record.size");
			assertThat(keys.restartRequired()).isEmpty();
		}
	}

	@Test
	void userStartupOnlyKeysAreAddedToTheDefaults() {
		StartupOnlyKeys keys = new StartupOnlyKeys(List.of("orders.pool", " "));
		assertThat(keys.prefixOf("orders.pool.size")).isEqualTo("orders.pool");
		assertThat(keys.prefixOf("orders.pooling")).isNull();
		assertThat(keys.prefixOf("spring.datasource.url")).isEqualTo("spring.datasource");
		assertThat(keys.prefixOf("server[0]")).isEqualTo("server");
	}

	private static StandardEnvironment environment(Map<String, Object> values) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().addFirst(new MapPropertySource("Config resource 'file [a.yml]'", values));
		return environment;
	}

	private static Map<String, Object> values(StandardEnvironment environment, Set<String> keys) {
		Map<String, Object> values = new HashMap<>();
		keys.forEach((key) -> {
			String value = environment.getProperty(key);
			if (value != null) {
				values.put(key, value);
			}
		});
		return values;
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties({ BeanProperties.class, RecordProperties.class })
	static class Beans {

		@Bean
		FlagHolder flagHolder(@Value("${demo.flag:false}") boolean flag) {
			return new FlagHolder(flag);
		}

	}

	@ConfigurationProperties("demo.bean")
	static class BeanProperties {

		private int size;

		public int getSize() {
			return this.size;
		}

		public void setSize(int size) {
			this.size = size;
		}

	}

	@ConfigurationProperties("demo.record")
	record RecordProperties(int size) {

	}

	record FlagHolder(boolean flag) {

	}

}
