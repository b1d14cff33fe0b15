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

import java.util.Locale;
import java.util.function.Function;

import io.github.lifecyclesignals.signal.Trigger;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;

/**
 * Each refresh as the observation {@code lifecycle.refresh}: a timer by trigger and
 * outcome, {@code lifecycle.refresh.active} while one runs, and a span when Micrometer
 * Tracing is there. Its key values are the trigger and the outcome, never a key or a
 * value of the configuration; a refresh that failed carries an error, a rejected one does
 * not (the starter did its job: it kept the running configuration).
 *
 * @author lifecycle-signals maintainers
 */
final class ObservedRefresh implements Function<Trigger, RefreshRecord> {

	/** The observation's name. */
	static final String NAME = "lifecycle.refresh";

	private final Function<Trigger, RefreshRecord> refresh;

	private final ObservationRegistry registry;

	ObservedRefresh(Function<Trigger, RefreshRecord> refresh, ObservationRegistry registry) {
		this.refresh = refresh;
		this.registry = registry;
	}

	@Override
	public RefreshRecord apply(Trigger trigger) {
		Observation observation = Observation.createNotStarted(NAME, this.registry)
			.contextualName("lifecycle refresh")
			.lowCardinalityKeyValue("trigger", trigger.name())
			.start();
		// In scope: the refresh's log lines carry the trace's ids.
		try (Observation.Scope scope = observation.openScope()) {
			RefreshRecord record = this.refresh.apply(trigger);
			observation.lowCardinalityKeyValue("outcome", record.outcome().name().toLowerCase(Locale.ROOT));
			if (record.outcome() == RefreshOutcome.FAILED) {
				observation.error(new RefreshFailedException());
			}
			return record;
		}
		catch (RuntimeException | Error ex) {
			observation.lowCardinalityKeyValue("outcome", "failed");
			observation.error(ex);
			throw ex;
		}
		finally {
			observation.stop();
		}
	}

	/**
	 * What the observation records as its error when applying a refresh failed: the
	 * failure's message may name values, so the reason is in the refresh's record, not
	 * here.
	 */
	static final class RefreshFailedException extends RuntimeException {

		RefreshFailedException() {
			super("configuration refresh failed; the previous configuration was restored", null, false, false);
		}

	}

}
