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

import java.time.Duration;

import io.github.lifecyclesignals.autoconfigure.LifecycleAutoConfiguration;
import io.github.lifecyclesignals.autoconfigure.LifecycleProperties;
import io.github.lifecyclesignals.drain.DrainAction;
import io.github.lifecyclesignals.drain.DrainPhaseHook;
import io.github.lifecyclesignals.drain.GracefulDrain;
import io.github.lifecyclesignals.drain.InFlightServletFilter;
import io.github.lifecyclesignals.drain.InFlightWebFilter;
import io.github.lifecyclesignals.drain.ProcessExit;
import io.github.lifecyclesignals.refresh.CandidateRejectedException;
import io.github.lifecyclesignals.refresh.ConfigurationCandidateCheck;
import io.github.lifecyclesignals.signal.BuiltInSignalAction;
import io.github.lifecyclesignals.state.DrainSettings;
import io.github.lifecyclesignals.state.LifecycleState;
import jakarta.servlet.Filter;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.server.WebFilter;

/**
 * Auto-configuration of the {@code drain} and {@code stop} actions and of in-flight
 * request tracking on servlet and reactive web stacks.
 *
 * @author lifecycle-signals maintainers
 * @since 0.1.0
 */
@AutoConfiguration(after = LifecycleAutoConfiguration.class)
@ConditionalOnBooleanProperty(name = "lifecycle.enabled", matchIfMissing = true)
public final class DrainAutoConfiguration {

	/** Pre-stop delay when a web server runs and none is configured. */
	public static final Duration WEB_PRE_STOP_DELAY = Duration.ofSeconds(5);

	@Bean
	@ConditionalOnMissingBean
	DrainSettings drainSettings(LifecycleProperties properties, ConfigurableApplicationContext context,
			LifecycleState state) {
		state.requests().probePath(properties.getDrain().getAdaptive().getProbePath());
		return DrainSettingsValidator.validate(properties.getDrain(), WebServerDetection.runsWebServer(context));
	}

	@Bean
	@ConditionalOnMissingBean
	ProcessExit processExit() {
		return ProcessExit.RUNTIME;
	}

	@Bean
	@ConditionalOnMissingBean
	GracefulDrain gracefulDrain(ConfigurableApplicationContext context, LifecycleState state, DrainSettings settings,
			ProcessExit exit) {
		return new GracefulDrain(context, state, settings, exit);
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
		return new BuiltInSignalAction(DrainAction.DRAIN, DrainAction.drain(drain));
	}

	@Bean
	BuiltInSignalAction stopSignalAction(GracefulDrain drain) {
		return new BuiltInSignalAction(DrainAction.STOP, DrainAction.stop(drain));
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(WebServerApplicationContext.class)
	@ConditionalOnWebApplication
	static class WebServerConfiguration {

		@Bean
		DrainPhaseHook webServerDrainedHook(GracefulDrain drain) {
			return DrainPhaseHook.webServerDrained(drain);
		}

		@Bean
		@ConditionalOnBooleanProperty("lifecycle.drain.delay-on-any-close")
		DrainPhaseHook preStopDelayOnAnyCloseHook(GracefulDrain drain) {
			return DrainPhaseHook.preStopDelayOnAnyClose(drain);
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
	@ConditionalOnClass(Filter.class)
	static class ServletTrackingConfiguration {

		@Bean
		@ConditionalOnMissingBean
		InFlightServletFilter inFlightServletFilter(LifecycleState state) {
			return new InFlightServletFilter(state);
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
	@ConditionalOnClass(WebFilter.class)
	static class ReactiveTrackingConfiguration {

		@Bean
		@ConditionalOnMissingBean
		InFlightWebFilter inFlightWebFilter(LifecycleState state) {
			return new InFlightWebFilter(state);
		}

	}

}
