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

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.github.lifecyclesignals.autoconfigure.LifecycleSignalsAutoConfiguration;
import io.github.lifecyclesignals.drain.DrainAutoConfiguration;
import io.github.lifecyclesignals.drain.RecordingProcessExit;
import io.github.lifecyclesignals.internal.LifecycleStatus;
import io.github.lifecyclesignals.signal.FakeSignalRegistrar;
import io.github.lifecyclesignals.signal.SignalAutoConfiguration;
import io.github.lifecyclesignals.signal.SignalsDescription;
import io.github.lifecyclesignals.signal.Trigger;
import jakarta.validation.constraints.Min;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.cloud.autoconfigure.ConfigurationPropertiesRebinderAutoConfiguration;
import org.springframework.cloud.autoconfigure.RefreshAutoConfiguration;
import org.springframework.cloud.context.scope.refresh.RefreshScope;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.validation.annotation.Validated;

import static org.assertj.core.api.Assertions.assertThat;

class ConfigurationRefreshAutoConfigurationTests {

	@TempDir
	Path dir;

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(LifecycleSignalsAutoConfiguration.class, SignalAutoConfiguration.class,
				DrainAutoConfiguration.class, RefreshAutoConfiguration.class,
				ConfigurationPropertiesRebinderAutoConfiguration.class, ConfigurationRefreshAutoConfiguration.class))
		.withBean(FakeSignalRegistrar.class, FakeSignalRegistrar::new)
		.withBean(RecordingProcessExit.class, RecordingProcessExit::new);

	@Test
	void refreshActionIsAvailableByDefault() {
		this.runner.run((context) -> {
			assertThat(context).hasSingleBean(RefreshCoordinator.class);
			assertThat(hup(context).status()).isEqualTo("BOUND");
		});
	}

	@Test
	void configFilesAreNotWatchedByDefault() {
		this.runner.run((context) -> {
			assertThat(context).doesNotHaveBean(ConfigFileWatch.class);
			assertThat(context.getBean(RefreshHistory.class).snapshot().watchedFiles()).isNull();
			// The baseline is loaded once the application has started.
			assertThat(context.getBean(RefreshHistory.class).snapshot().configHash()).isEmpty();
			context.publishEvent(new ApplicationStartedEvent(new SpringApplication(), new String[0],
					context.getSourceApplicationContext(ConfigurableApplicationContext.class), Duration.ZERO));
			assertThat(context.getBean(RefreshHistory.class).snapshot().configHash()).hasSize(16);
		});
	}

	@Test
	void configFilesAreWatchedWhenEnabled() {
		this.runner.withPropertyValues("lifecycle.refresh.watch.enabled=true")
			.run((context) -> assertThat(context).hasSingleBean(ConfigFileWatch.class));
	}

	@Test
	void watchIntervalMustBePositive() {
		this.runner.withPropertyValues("lifecycle.refresh.watch.enabled=true", "lifecycle.refresh.watch.interval=0s")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.isInstanceOf(InvalidConfigurationPropertyValueException.class)
				.hasMessageContaining("lifecycle.refresh.watch.interval")
				.hasMessageContaining("It must be positive."));
	}

	@Test
	void watchJitterMustNotBeNegative() {
		this.runner.withPropertyValues("lifecycle.refresh.watch.enabled=true", "lifecycle.refresh.watch.jitter=-1s")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.isInstanceOf(InvalidConfigurationPropertyValueException.class)
				.hasMessageContaining("lifecycle.refresh.watch.jitter"));
	}

	@Test
	void switchedOffLeavesHupToTheJvm() {
		this.runner.withPropertyValues("lifecycle.refresh.enabled=false").run((context) -> {
			assertThat(context).doesNotHaveBean(RefreshCoordinator.class);
			assertThat(hup(context).status()).isEqualTo("DEFAULT");
		});
	}

	@Test
	void withoutSpringCloudContextThereIsNoRefresh() {
		this.runner.withClassLoader(new FilteredClassLoader(RefreshScope.class))
			.run((context) -> assertThat(context).doesNotHaveBean(RefreshCoordinator.class));
	}

	@Test
	void validCandidateIsAppliedAndAnInvalidOneLeavesTheLiveValue() throws Exception {
		Path file = this.dir.resolve("app.properties");
		Files.writeString(file, "demo.size=1\n");
		this.runner.withUserConfiguration(DemoConfiguration.class)
			.withSystemProperties("spring.config.location=file:" + file)
			.run((context) -> {
				TransactionalRefresher refresher = context.getBean(TransactionalRefresher.class);
				DemoProperties demo = context.getBean(DemoProperties.class);
				RefreshRecord applied = refresher.refresh(Trigger.ACTUATOR);
				assertThat(applied.outcome()).isEqualTo(RefreshOutcome.APPLIED);
				assertThat(applied.changedKeys()).containsExactly("demo.size");
				assertThat(demo.getSize()).isEqualTo(1);

				Files.writeString(file, "demo.size=-5\n");
				RefreshRecord rejected = refresher.refresh(Trigger.ACTUATOR);
				assertThat(rejected.outcome()).isEqualTo(RefreshOutcome.REJECTED);
				assertThat(rejected.reason()).isEqualTo("demo.size: must be greater than or equal to 0");
				assertThat(demo.getSize()).isEqualTo(1);
				assertThat(context.getEnvironment().getProperty("demo.size")).isEqualTo("1");

				Files.writeString(file, "demo.size=\\uZZZZ\n");
				RefreshRecord broken = refresher.refresh(Trigger.ACTUATOR);
				assertThat(broken.outcome()).isEqualTo(RefreshOutcome.REJECTED);
				assertThat(broken.reason()).startsWith("file " + file + ": ").contains("Malformed");

				Files.writeString(file, "demo.size=1\n");
				assertThat(refresher.refresh(Trigger.ACTUATOR).outcome()).isEqualTo(RefreshOutcome.UNCHANGED);

				Files.writeString(file, "demo.size=1\nlifecycle.drain.pre-stop-delay=60s\n");
				assertThat(refresher.refresh(Trigger.ACTUATOR).reason())
					.isEqualTo("lifecycle.drain.pre-stop-delay: The pre-stop delay must be shorter than "
							+ "lifecycle.drain.timeout: the budget includes the delay and must leave time "
							+ "for in-flight requests.");
			});
	}

	@Test
	void everyRefreshIsPublishedAsAnEventAndRecordedWhateverItsOutcome() throws Exception {
		Path file = this.dir.resolve("app.properties");
		Files.writeString(file, "demo.size=1\n");
		List<ConfigurationRefreshEvent> events = new CopyOnWriteArrayList<>();
		this.runner.withUserConfiguration(DemoConfiguration.class)
			.withSystemProperties("spring.config.location=file:" + file)
			.withBean(ApplicationListener.class, () -> (ApplicationListener<ConfigurationRefreshEvent>) events::add)
			.run((context) -> {
				TransactionalRefresher refresher = context.getBean(TransactionalRefresher.class);
				refresher.refresh(Trigger.ACTUATOR);
				Files.writeString(file, "demo.size=-1\n");
				refresher.refresh(Trigger.ACTUATOR);
				assertThat(events).extracting(ConfigurationRefreshEvent::getOutcome)
					.containsExactly(RefreshOutcome.APPLIED, RefreshOutcome.REJECTED);
				assertThat(events.get(1).getTrigger()).isEqualTo("actuator");
				assertThat(context.getBean(RefreshHistory.class).snapshot().recent()).extracting(RefreshRecord::outcome)
					.containsExactly(RefreshOutcome.REJECTED, RefreshOutcome.APPLIED);
			});
	}

	private static SignalsDescription.Binding hup(AssertableApplicationContext context) {
		SignalsDescription signals = context.getBean(LifecycleStatus.class).describe(SignalsDescription.class);
		assertThat(signals).isNotNull();
		return signals.bindings()
			.stream()
			.filter((binding) -> binding.signal().equals("HUP"))
			.findFirst()
			.orElseThrow();
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(DemoProperties.class)
	static class DemoConfiguration {

	}

	@ConfigurationProperties("demo")
	@Validated
	static class DemoProperties {

		@Min(0)
		private int size;

		public int getSize() {
			return this.size;
		}

		public void setSize(int size) {
			this.size = size;
		}

	}

}
