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

package io.github.lifecyclesignals.internal;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.observation.ObservationRegistry;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.util.ClassUtils;

/**
 * The registry the features' observations (a drain, a refresh) go to: the application's,
 * or, where Micrometer records meters but nothing observes, one that turns them into
 * timers, so that {@code lifecycle.drain} and {@code lifecycle.refresh} are timed either
 * way. Only reached where Micrometer Observation is on the class path.
 *
 * @author lifecycle-signals maintainers
 */
public final class Observations {

	private static final boolean METERS = ClassUtils.isPresent("io.micrometer.core.instrument.MeterRegistry",
			Observations.class.getClassLoader());

	private Observations() {
	}

	/**
	 * The registry to observe with.
	 * @param beanFactory the application's beans
	 * @param observations the application's observation registry, if it has one
	 * @return the registry, {@link ObservationRegistry#NOOP} when nothing would record
	 */
	public static ObservationRegistry registry(ListableBeanFactory beanFactory,
			ObjectProvider<ObservationRegistry> observations) {
		ObservationRegistry registry = observations.getIfAvailable();
		if (registry != null) {
			return registry;
		}
		return METERS ? Meters.registry(beanFactory) : ObservationRegistry.NOOP;
	}

	/**
	 * Loaded only when Micrometer's meters are there.
	 */
	private static final class Meters {

		static ObservationRegistry registry(ListableBeanFactory beanFactory) {
			MeterRegistry meters = beanFactory.getBeanProvider(MeterRegistry.class).getIfUnique();
			if (meters == null) {
				return ObservationRegistry.NOOP;
			}
			ObservationRegistry registry = ObservationRegistry.create();
			registry.observationConfig().observationHandler(new DefaultMeterObservationHandler(meters));
			return registry;
		}

	}

}
