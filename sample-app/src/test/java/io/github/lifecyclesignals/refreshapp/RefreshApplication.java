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

package io.github.lifecyclesignals.refreshapp;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import io.github.lifecyclesignals.refresh.ConfigurationRefreshEvent;
import io.github.lifecyclesignals.refresh.RefreshableKeys;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.context.config.annotation.RefreshScope;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.PropertySource;
import org.springframework.context.annotation.ScopedProxyMode;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * An application that keeps its settings in every common style, for the refresh tests: a
 * JavaBean {@code @ConfigurationProperties} class, a record one, a refresh-scoped record,
 * {@code @Value} in a singleton and in a refresh-scoped bean, a self-validating
 * properties class, a {@code @Validated} class fed from a {@code @PropertySource}, and a
 * listener that applies keys itself.
 */
@SpringBootApplication
@EnableConfigurationProperties({ RefreshApplication.BeanProperties.class, RefreshApplication.RecordProperties.class,
		RefreshApplication.ScopedRecordProperties.class, RefreshApplication.CheckedProperties.class,
		RefreshApplication.ExtraProperties.class })
@PropertySource("classpath:refreshapp/extra.properties")
public class RefreshApplication {

	public static void main(String[] args) {
		SpringApplication.run(RefreshApplication.class, args);
	}

	/**
	 * A JavaBean: spring-cloud-context re-binds it in place.
	 */
	@ConfigurationProperties("demo.bean")
	@Validated
	public static class BeanProperties {

		@Min(1)
		private int size = 1;

		private int seed;

		public int getSize() {
			return this.size;
		}

		public void setSize(int size) {
			this.size = size;
		}

		public int getSeed() {
			return this.seed;
		}

		public void setSeed(int seed) {
			this.seed = seed;
		}

	}

	/**
	 * A record: bound once through its constructor.
	 *
	 * @param size a size
	 */
	@ConfigurationProperties("demo.record")
	public record RecordProperties(int size) {

	}

	/**
	 * What the refresh-scoped record is injected as: its proxy implements this.
	 */
	public interface ScopedSize {

		int size();

	}

	/**
	 * A record in the refresh scope, behind an interface proxy: re-created on refresh.
	 *
	 * @param size a size
	 */
	@ConfigurationProperties("demo.scoped")
	@RefreshScope(proxyMode = ScopedProxyMode.INTERFACES)
	public record ScopedRecordProperties(int size) implements ScopedSize {

	}

	/**
	 * Validates itself, as Spring Boot allows.
	 */
	@ConfigurationProperties("demo.checked")
	public static class CheckedProperties implements Validator {

		private int limit = 10;

		public int getLimit() {
			return this.limit;
		}

		public void setLimit(int limit) {
			this.limit = limit;
		}

		@Override
		public boolean supports(Class<?> type) {
			return CheckedProperties.class.isAssignableFrom(type);
		}

		@Override
		public void validate(Object target, Errors errors) {
			if (((CheckedProperties) target).getLimit() > 100) {
				errors.rejectValue("limit", "too-high", "must be at most 100");
			}
		}

	}

	/**
	 * Fed from the {@code @PropertySource}, not from config data.
	 */
	@ConfigurationProperties("extra")
	@Validated
	public static class ExtraProperties {

		@NotBlank
		private String name = "";

		public String getName() {
			return this.name;
		}

		public void setName(String name) {
			this.name = name;
		}

	}

	@Component
	static class FlagHolder {

		private final boolean flag;

		FlagHolder(@Value("${demo.flag:false}") boolean flag) {
			this.flag = flag;
		}

	}

	@Component
	@RefreshScope
	static class Greeter {

		@Value("${demo.greeting:hi}")
		private String greeting = "";

		String greeting() {
			return this.greeting;
		}

	}

	/**
	 * Applies {@code demo.listened} itself when a refresh is applied.
	 */
	@Component
	static class ListenedValue implements ApplicationListener<ConfigurationRefreshEvent>, RefreshableKeys {

		private final Environment environment;

		private volatile String value;

		ListenedValue(Environment environment) {
			this.environment = environment;
			this.value = environment.getProperty("demo.listened", "none");
		}

		@Override
		public Set<String> refreshableKeys() {
			return Set.of("demo.listened");
		}

		@Override
		public void onApplicationEvent(ConfigurationRefreshEvent event) {
			this.value = this.environment.getProperty("demo.listened", "none");
		}

	}

	@RestController
	static class ValuesController {

		private final BeanProperties bean;

		private final RecordProperties record;

		private final ScopedSize scoped;

		private final CheckedProperties checked;

		private final FlagHolder flag;

		private final Greeter greeter;

		private final ListenedValue listened;

		ValuesController(BeanProperties bean, RecordProperties record, ScopedSize scoped, CheckedProperties checked,
				FlagHolder flag, Greeter greeter, ListenedValue listened) {
			this.bean = bean;
			this.record = record;
			this.scoped = scoped;
			this.checked = checked;
			this.flag = flag;
			this.greeter = greeter;
			this.listened = listened;
		}

		@GetMapping("/values")
		Map<String, Object> values() {
			Map<String, Object> values = new LinkedHashMap<>();
			values.put("beanSize", this.bean.getSize());
			values.put("recordSize", this.record.size());
			values.put("scopedSize", this.scoped.size());
			values.put("checkedLimit", this.checked.getLimit());
			values.put("flag", this.flag.flag);
			values.put("greeting", this.greeter.greeting());
			values.put("listened", this.listened.value);
			return values;
		}

	}

}
