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

import java.util.Locale;

import io.github.lifecyclesignals.signal.Trigger;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;

/**
 * A drain as a Micrometer observation named {@code lifecycle.drain}: a span with
 * Micrometer Tracing, a timer ({@code lifecycle.drain}) and a long-task timer
 * ({@code lifecycle.drain.active}) with Micrometer, one event per step, and an error when
 * the budget ran out or the drain failed. Its key values are bounded: {@code trigger},
 * {@code result}, {@code exit.code}; no property value is ever one.
 *
 * @author lifecycle-signals maintainers
 */
final class ObservedDrain implements DrainObserver {

	/** The observation's name. */
	static final String NAME = "lifecycle.drain";

	private final ObservationRegistry registry;

	private final ConfigurableListableBeanFactory beanFactory;

	private @Nullable Observation observation;

	private boolean ended;

	ObservedDrain(ObservationRegistry registry, ConfigurableListableBeanFactory beanFactory) {
		this.registry = registry;
		this.beanFactory = beanFactory;
	}

	@Override
	public synchronized void started(Trigger trigger) {
		this.observation = Observation.createNotStarted(NAME, this.registry)
			.contextualName("lifecycle drain")
			.lowCardinalityKeyValue("trigger", trigger.name())
			.start();
	}

	@Override
	public synchronized void stepDone(DrainStep step) {
		Observation observation = this.observation;
		if (observation != null && !this.ended) {
			observation.event(Observation.Event.of(step.displayName(), "drain step " + step.displayName() + " done"));
		}
	}

	@Override
	public void ended(DrainResult result, int exitCode, boolean halting) {
		stop(result, exitCode);
		if (halting) {
			TelemetryFlush.beforeHalt(this.beanFactory);
		}
		else {
			TelemetryFlush.sendSpans(this.beanFactory);
		}
	}

	private synchronized void stop(DrainResult result, int exitCode) {
		Observation observation = this.observation;
		if (observation == null || this.ended) {
			return;
		}
		this.ended = true;
		observation.lowCardinalityKeyValue("result", result.name().toLowerCase(Locale.ROOT))
			.lowCardinalityKeyValue("exit.code", String.valueOf(exitCode));
		if (result == DrainResult.TIMEOUT || result == DrainResult.FAILED || result == DrainResult.FORCED) {
			observation.error(new DrainNotCompletedException(result, exitCode));
		}
		observation.stop();
	}

	/**
	 * What the observation records as its error when a drain did not run through.
	 */
	static final class DrainNotCompletedException extends RuntimeException {

		DrainNotCompletedException(DrainResult result, int exitCode) {
			super("drain ended " + result + " with exit code " + exitCode, null, false, false);
		}

	}

}
