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

package io.github.lifecyclesignals.autoconfigure.drain;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import io.github.lifecyclesignals.autoconfigure.LifecycleAutoConfiguration;
import io.github.lifecyclesignals.autoconfigure.LifecycleProperties;
import io.github.lifecyclesignals.drain.CloseDelay;
import io.github.lifecyclesignals.drain.DrainParticipant;
import io.github.lifecyclesignals.drain.DrainParticipants;
import io.github.lifecyclesignals.drain.DrainParticipantsPhase;
import io.github.lifecyclesignals.drain.DrainPhaseHook;
import io.github.lifecyclesignals.drain.DrainReport;
import io.github.lifecyclesignals.drain.DrainSettings;
import io.github.lifecyclesignals.drain.ExecutorTasks;
import io.github.lifecyclesignals.drain.GracefulDrain;
import io.github.lifecyclesignals.drain.InFlightRequests;
import io.github.lifecyclesignals.drain.InFlightServletFilter;
import io.github.lifecyclesignals.drain.InFlightWebFilter;
import io.github.lifecyclesignals.drain.ProcessExit;
import io.github.lifecyclesignals.drain.ReadinessGuard;
import io.github.lifecyclesignals.drain.StartupGate;
import io.github.lifecyclesignals.drain.TerminationMessage;
import io.github.lifecyclesignals.phase.ApplicationPhase;
import io.github.lifecyclesignals.refresh.CandidateRejectedException;
import io.github.lifecyclesignals.refresh.ConfigurationCandidateCheck;
import io.github.lifecyclesignals.signal.BuiltInAction;
import io.github.lifecyclesignals.signal.BuiltInSignalAction;
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
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
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
@AutoConfiguration(after = { LifecycleAutoConfiguration.class, ApplicationAvailabilityAutoConfiguration.class })
@ConditionalOnBooleanProperty(name = "lifecycle.enabled", matchIfMissing = true)
public final class DrainAutoConfiguration {

	/** Pre-stop delay when a web server runs and none is configured. */
	public static final Duration WEB_PRE_STOP_DELAY = Duration.ofSeconds(5);

	@Bean
	DrainSettings drainSettings(LifecycleProperties properties, ConfigurableApplicationContext context) {
		return DrainSettingsValidator.validate(properties.getDrain(), WebServerDetection.runsWebServer(context));
	}

	@Bean
	InFlightRequests inFlightRequests(LifecycleProperties properties) {
		return new InFlightRequests(properties.getDrain().getAdaptive().getProbePath());
	}

	@Bean
	@ConditionalOnMissingBean
	ProcessExit processExit() {
		return ProcessExit.RUNTIME;
	}

	@Bean
	GracefulDrain gracefulDrain(ConfigurableApplicationContext context, DrainSettings settings,
			InFlightRequests requests, DrainParticipants participants, ProcessExit exit, LifecycleProperties properties,
			ObjectProvider<DrainReport> reports) {
		GracefulDrain drain = new GracefulDrain(context, settings, requests, participants, exit,
				WebServerDetection.stopWebServer(context), Clock.systemUTC());
		Path terminationMessage = DrainSettingsValidator.terminationMessagePath(properties.getDrain());
		if (terminationMessage != null) {
			drain.reportTo(new TerminationMessage(terminationMessage));
		}
		reports.orderedStream().forEach(drain::reportTo);
		return drain;
	}

	@Bean
	DrainParticipants drainParticipants(ConfigurableListableBeanFactory beanFactory) {
		return new DrainParticipants(() -> existing(beanFactory, DrainParticipant.class));
	}

	@Bean
	DrainParticipantsPhase drainParticipantsPhase(ConfigurableApplicationContext context,
			DrainParticipants participants) {
		return new DrainParticipantsPhase(context, participants);
	}

	@Bean
	@ConditionalOnBooleanProperty(name = "lifecycle.drain.executors.enabled", matchIfMissing = true)
	ExecutorTasks executorTasks(ConfigurableListableBeanFactory beanFactory) {
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
	StartupGate drainStartupGate(ConfigurableApplicationContext context, GracefulDrain drain) {
		return new StartupGate(context, drain);
	}

	@Bean
	@ConditionalOnBean(ApplicationAvailability.class)
	ReadinessGuard drainReadinessGuard(ConfigurableApplicationContext context, GracefulDrain drain,
			ApplicationAvailability availability) {
		return new ReadinessGuard(context, drain, availability);
	}

	@Bean
	DrainPhaseHook enteringGracefulShutdownHook(GracefulDrain drain) {
		return DrainPhaseHook.enteringGracefulShutdown(drain);
	}

	@Bean
	DrainPhaseHook leftGracefulShutdownHook(GracefulDrain drain) {
		return DrainPhaseHook.leftGracefulShutdown(drain);
	}

	@Bean
	@ConditionalOnBooleanProperty("lifecycle.drain.delay-on-any-close")
	CloseDelay preStopDelayOnAnyClose(ConfigurableApplicationContext context, GracefulDrain drain) {
		return new CloseDelay(context, drain);
	}

	@Bean
	ConfigurationCandidateCheck drainSettingsCandidateCheck(ConfigurableApplicationContext context) {
		boolean webServer = WebServerDetection.runsWebServer(context);
		return (candidate) -> {
			LifecycleProperties properties = candidate.bindOrCreate("lifecycle", LifecycleProperties.class);
			try {
				DrainSettingsValidator.validate(properties.getDrain(), webServer);
			}
			catch (InvalidConfigurationPropertyValueException ex) {
				throw new CandidateRejectedException(ex.getName() + ": " + ex.getReason());
			}
		};
	}

	@Bean
	BuiltInSignalAction drainSignalAction(GracefulDrain drain) {
		return new BuiltInSignalAction(BuiltInAction.DRAIN, (trigger) -> drain.request(trigger, true));
	}

	@Bean
	BuiltInSignalAction stopSignalAction(GracefulDrain drain) {
		return new BuiltInSignalAction(BuiltInAction.STOP, (trigger) -> drain.request(trigger, false));
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
	@ConditionalOnClass(Filter.class)
	static class ServletTrackingConfiguration {

		@Bean
		InFlightServletFilter inFlightServletFilter(InFlightRequests requests, ApplicationPhase phase) {
			return new InFlightServletFilter(requests, phase::isShuttingDown);
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
	@ConditionalOnClass(WebFilter.class)
	static class ReactiveTrackingConfiguration {

		@Bean
		InFlightWebFilter inFlightWebFilter(InFlightRequests requests, ApplicationPhase phase) {
			return new InFlightWebFilter(requests, phase::isShuttingDown);
		}

	}

}
