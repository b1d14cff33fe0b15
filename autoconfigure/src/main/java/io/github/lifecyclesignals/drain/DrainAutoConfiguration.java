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

package io.github.lifecyclesignals.drain;

import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import io.github.lifecyclesignals.autoconfigure.LifecycleSignalsAutoConfiguration;
import io.github.lifecyclesignals.internal.ApplicationPhase;
import io.github.lifecyclesignals.internal.BuiltInAction;
import io.github.lifecyclesignals.internal.BuiltInActionHandler;
import io.github.lifecyclesignals.internal.DrainReport;
import io.github.lifecyclesignals.internal.Observations;
import io.github.lifecyclesignals.internal.SettingsCheck;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import jakarta.servlet.Filter;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.availability.ApplicationAvailabilityAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.SearchStrategy;
import org.springframework.boot.autoconfigure.context.LifecycleAutoConfiguration;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.AbstractApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.web.server.WebFilter;

/**
 * Auto-configuration of the {@code drain} and {@code stop} actions and of in-flight
 * request tracking on servlet and reactive web stacks.
 *
 * @author lifecycle-signals maintainers
 * @since 0.1.0
 */
@AutoConfiguration(before = LifecycleAutoConfiguration.class,
		after = { LifecycleSignalsAutoConfiguration.class, ApplicationAvailabilityAutoConfiguration.class })
@ConditionalOnBooleanProperty(name = "lifecycle.enabled", matchIfMissing = true)
@EnableConfigurationProperties(DrainProperties.class)
public final class DrainAutoConfiguration {

	@Bean
	DrainSettings lifecycleSignalsDrainSettings(DrainProperties properties, ConfigurableApplicationContext context) {
		return DrainSettings.resolve(properties, WebServerDetection.runsWebServer(context));
	}

	@Bean
	SettingsCheck lifecycleSignalsDrainSettingsCheck(ConfigurableApplicationContext context) {
		boolean webServer = WebServerDetection.runsWebServer(context);
		return (configuration) -> DrainSettings.resolve(configuration, webServer);
	}

	@Bean
	InFlightRequests lifecycleSignalsInFlightRequests(DrainProperties properties) {
		return new InFlightRequests(properties.getAdaptive().getProbePath());
	}

	// Replaced by a recording fake in this package's tests only: the type is not public.
	@Bean
	@ConditionalOnMissingBean(ProcessExit.class)
	ProcessExit lifecycleSignalsProcessExit() {
		return ProcessExit.RUNTIME;
	}

	@Bean
	GracefulDrain lifecycleSignalsDrain(ConfigurableApplicationContext context, DrainSettings settings,
			InFlightRequests requests, DrainParticipants participants, ProcessExit exit, DrainProperties properties,
			ObjectProvider<DrainReport> reports) {
		GracefulDrain drain = new GracefulDrain(context, settings, requests, participants, exit,
				WebServerDetection.stopWebServer(context), Clock.systemUTC());
		Path terminationMessage = DrainSettings.terminationMessage(properties);
		if (terminationMessage != null) {
			drain.reportTo(new TerminationMessage(terminationMessage));
		}
		reports.orderedStream().forEach(drain::reportTo);
		return drain;
	}

	// Spring Boot's lifecycle processor, which also says which beans a shutdown phase's
	// timeout left running; an application's own replaces it.
	@Bean(name = AbstractApplicationContext.LIFECYCLE_PROCESSOR_BEAN_NAME)
	@ConditionalOnMissingBean(name = AbstractApplicationContext.LIFECYCLE_PROCESSOR_BEAN_NAME,
			search = SearchStrategy.CURRENT)
	static StopTrackingLifecycleProcessor lifecycleProcessor(Environment environment,
			ObjectProvider<GracefulDrain> drain) {
		StopTrackingLifecycleProcessor processor = new StopTrackingLifecycleProcessor();
		processor.setTimeoutPerShutdownPhase(ShutdownPhaseTimeout.configured(environment).toMillis());
		// Created once the context's singletons exist, the drain among them.
		drain.ifAvailable((graceful) -> {
			graceful.watchStops(processor);
			processor.whenPhasesEnded(graceful::lifecyclePhasesEnded);
		});
		return processor;
	}

	@Bean
	DrainContributor lifecycleSignalsDrainContributor(GracefulDrain drain) {
		return new DrainContributor(drain);
	}

	@Bean
	DrainParticipants lifecycleSignalsDrainParticipants(ConfigurableListableBeanFactory beanFactory) {
		return new DrainParticipants(() -> existing(beanFactory, DrainParticipant.class));
	}

	@Bean
	ParticipantsWait lifecycleSignalsParticipantsWait(ApplicationPhase phase, DrainParticipants participants) {
		return new ParticipantsWait(phase, participants);
	}

	@Bean
	@ConditionalOnBooleanProperty(name = "lifecycle.drain.executors.enabled", matchIfMissing = true)
	ExecutorTasks lifecycleSignalsExecutorTasks(ConfigurableListableBeanFactory beanFactory) {
		return new ExecutorTasks(() -> existing(beanFactory, ThreadPoolTaskExecutor.class),
				() -> existing(beanFactory, ThreadPoolTaskScheduler.class));
	}

	// The singletons of a type that exist: a lazy one nobody used holds no work, and
	// creating it while the context closes would fail.
	private static <T> Map<String, T> existing(ConfigurableListableBeanFactory beanFactory, Class<T> type) {
		Map<String, T> beans = new LinkedHashMap<>();
		for (String name : beanFactory.getBeanNamesForType(type, false, false)) {
			if (beanFactory.containsSingleton(name)) {
				beans.put(name, beanFactory.getBean(name, type));
			}
		}
		return beans;
	}

	@Bean
	StartupGate lifecycleSignalsDrainStartupGate(ConfigurableApplicationContext context, GracefulDrain drain) {
		return new StartupGate(context, drain);
	}

	// Depends on the availability bean, so that it hears each change after that bean has
	// recorded it.
	@Bean
	@ConditionalOnBean(ApplicationAvailability.class)
	ReadinessGuard lifecycleSignalsDrainReadinessGuard(ConfigurableApplicationContext context, GracefulDrain drain,
			ApplicationAvailability availability) {
		return new ReadinessGuard(context, drain);
	}

	@Bean
	GracefulShutdownBoundary lifecycleSignalsEnteringGracefulShutdown(GracefulDrain drain) {
		return GracefulShutdownBoundary.enteringGracefulShutdown(drain);
	}

	@Bean
	GracefulShutdownBoundary lifecycleSignalsLeftGracefulShutdown(GracefulDrain drain) {
		return GracefulShutdownBoundary.leftGracefulShutdown(drain);
	}

	@Bean
	@ConditionalOnBooleanProperty("lifecycle.drain.delay-on-any-close")
	PreStopDelayOnClose lifecycleSignalsPreStopDelayOnAnyClose(ApplicationPhase phase, GracefulDrain drain) {
		return new PreStopDelayOnClose(phase, drain);
	}

	@Bean
	BuiltInActionHandler lifecycleSignalsDrainAction(GracefulDrain drain) {
		return BuiltInActionHandler.of(BuiltInAction.DRAIN, (trigger) -> drain.request(trigger, true));
	}

	@Bean
	BuiltInActionHandler lifecycleSignalsStopAction(GracefulDrain drain) {
		return BuiltInActionHandler.of(BuiltInAction.STOP, (trigger) -> drain.request(trigger, false));
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
	@ConditionalOnClass(Filter.class)
	static class ServletTrackingConfiguration {

		@Bean
		InFlightServletFilter lifecycleSignalsInFlightServletFilter(InFlightRequests requests, ApplicationPhase phase) {
			return new InFlightServletFilter(requests, phase::isShuttingDown);
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
	@ConditionalOnClass(WebFilter.class)
	static class ReactiveTrackingConfiguration {

		@Bean
		InFlightWebFilter lifecycleSignalsInFlightWebFilter(InFlightRequests requests, ApplicationPhase phase) {
			return new InFlightWebFilter(requests, phase::isShuttingDown);
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(ObservationRegistry.class)
	static class DrainObservationConfiguration {

		@Bean
		ObservedDrain lifecycleSignalsDrainObservation(GracefulDrain drain, ConfigurableListableBeanFactory beanFactory,
				ObjectProvider<ObservationRegistry> observations) {
			ObservedDrain observed = new ObservedDrain(Observations.registry(beanFactory, observations), beanFactory);
			drain.observeWith(observed);
			return observed;
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(MeterRegistry.class)
	static class DrainMetersConfiguration {

		@Bean
		DrainMeters lifecycleSignalsDrainMeters(GracefulDrain drain) {
			return new DrainMeters(drain);
		}

	}

}
