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

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.lifecyclesignals.Durations;
import io.github.lifecyclesignals.signal.Trigger;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationPropertiesBean;
import org.springframework.cloud.context.environment.EnvironmentChangeEvent;
import org.springframework.cloud.context.properties.ConfigurationPropertiesRebinder;
import org.springframework.cloud.context.scope.refresh.RefreshScope;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.PropertySource;

/**
 * One configuration refresh, all or nothing: load the candidate apart from the live
 * environment, validate it, and only then swap it in through spring-cloud-context
 * ({@code EnvironmentChangeEvent} re-binds {@code @ConfigurationProperties} beans and log
 * levels, {@code RefreshScope} re-creates its beans). If applying still fails, the
 * previous sources are put back and re-bound. Not thread-safe: {@link RefreshCoordinator}
 * runs one at a time.
 *
 * @author lifecycle-signals maintainers
 * @since 0.1.0
 */
public final class TransactionalRefresher {

	private static final Log logger = LogFactory.getLog(TransactionalRefresher.class);

	private final ConfigurableApplicationContext context;

	private final RefreshHistory history;

	private final Clock clock;

	private final CandidateValidator validator;

	private final @Nullable RefreshScope refreshScope;

	private final @Nullable ConfigurationPropertiesRebinder rebinder;

	private final LiveConfigData live;

	public TransactionalRefresher(ConfigurableApplicationContext context, RefreshHistory history, Clock clock,
			CandidateValidator validator, @Nullable RefreshScope refreshScope,
			@Nullable ConfigurationPropertiesRebinder rebinder) {
		this.context = context;
		this.history = history;
		this.clock = clock;
		this.validator = validator;
		this.refreshScope = refreshScope;
		this.rebinder = rebinder;
		this.live = new LiveConfigData(context.getEnvironment());
	}

	/**
	 * Runs one refresh and records it.
	 * @param trigger what asked for it, for example {@code SIGHUP}
	 * @return the record
	 */
	public RefreshRecord refresh(Trigger trigger) {
		Instant startedAt = this.clock.instant();
		long start = System.nanoTime();
		Outcome outcome = attempt();
		RefreshRecord record = new RefreshRecord(startedAt, trigger.name(), outcome.outcome(), outcome.changedKeys(),
				outcome.reason(), Duration.ofNanos(System.nanoTime() - start));
		report(record);
		return record;
	}

	private Outcome attempt() {
		List<PropertySource<?>> before = this.live.sources();
		try {
			CandidateEnvironment candidate = CandidateEnvironment.load(this.context.getEnvironment(), this.context);
			List<PropertySource<?>> after = candidate.configDataSources();
			Set<String> changed = LiveConfigData.changedKeys(before, after);
			if (changed.isEmpty()) {
				return new Outcome(RefreshOutcome.UNCHANGED, changed, null);
			}
			Map<String, ConfigurationPropertiesBean> affected = AffectedBeans.of(this.context, changed, after);
			try {
				this.validator.validate(candidate.environment(), affected.values());
			}
			catch (CandidateRejectedException ex) {
				return new Outcome(RefreshOutcome.REJECTED, changed, ex.getMessage());
			}
			return applyOrRollBack(before, after, changed, affected.keySet());
		}
		catch (CandidateRejectedException ex) {
			return new Outcome(RefreshOutcome.REJECTED, Set.of(), ex.getMessage());
		}
	}

	private Outcome applyOrRollBack(List<PropertySource<?>> before, List<PropertySource<?>> after, Set<String> changed,
			Set<String> affectedBeans) {
		try {
			apply(after, changed, affectedBeans);
			return new Outcome(RefreshOutcome.APPLIED, changed, null);
		}
		catch (RuntimeException ex) {
			logger.error("Applying the new configuration failed, restoring the previous one", ex);
			try {
				apply(before, changed, affectedBeans);
			}
			catch (RuntimeException rollbackFailure) {
				logger.error("Restoring the previous configuration failed too", rollbackFailure);
			}
			return new Outcome(RefreshOutcome.FAILED, changed, LoadFailure.describe(ex));
		}
	}

	private void apply(List<PropertySource<?>> sources, Set<String> changed, Set<String> affectedBeans) {
		this.live.replaceWith(sources);
		if (this.rebinder != null) {
			int errorsBefore = this.rebinder.getErrors().size();
			affectedBeans.stream().filter(this.rebinder.getBeanNames()::contains).forEach(this.rebinder::rebind);
			if (this.rebinder.getErrors().size() > errorsBefore) {
				throw new IllegalStateException("re-binding failed for " + this.rebinder.getErrors().keySet());
			}
		}
		// Published by us rather than the context: spring-cloud's rebinder then leaves
		// the beans we already re-bound alone, while LoggingRebinder and the
		// application's own listeners still see the changed keys.
		this.context.publishEvent(new EnvironmentChangeEvent(this, changed));
		if (this.refreshScope != null) {
			this.refreshScope.refreshAll();
		}
	}

	private void report(RefreshRecord record) {
		String line = "Configuration refresh " + record.outcome() + " (trigger " + record.trigger() + ", "
				+ Durations.format(record.duration()) + ")"
				+ (record.changedKeys().isEmpty() ? "" : ", changed keys " + record.changedKeys())
				+ ((record.reason() != null) ? ": " + record.reason() : "");
		if (record.outcome() == RefreshOutcome.APPLIED || record.outcome() == RefreshOutcome.UNCHANGED) {
			logger.info(line);
		}
		else {
			logger.warn(
					line + ((record.outcome() == RefreshOutcome.REJECTED) ? "; the previous configuration stays" : ""));
		}
		this.history.recorded(record);
		this.context.publishEvent(new ConfigurationRefreshEvent(this, record));
	}

	private record Outcome(RefreshOutcome outcome, Set<String> changedKeys, @Nullable String reason) {

	}

}
