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
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

import io.github.lifecyclesignals.internal.Durations;
import io.github.lifecyclesignals.signal.Trigger;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.BeansException;
import org.springframework.boot.context.properties.ConfigurationPropertiesBean;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.cloud.context.environment.EnvironmentChangeEvent;
import org.springframework.cloud.context.properties.ConfigurationPropertiesRebinder;
import org.springframework.cloud.context.scope.refresh.RefreshScope;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ResourceLoader;

/**
 * One configuration refresh, all or nothing: load the candidate apart from the live
 * environment, check it (every file the application started from is still there, every
 * affected {@code @ConfigurationProperties} bean binds and validates, every
 * {@link ConfigurationCandidateCheck} passes), say what each changed key will become, and
 * only then swap it in through spring-cloud-context ({@code EnvironmentChangeEvent}
 * re-binds JavaBean properties beans and log levels, {@code RefreshScope} re-creates its
 * beans). If applying still fails, the previous sources are put back and re-bound.
 * Whatever fails, the refresh is recorded, reported in one line that names keys and never
 * values, and the next one can run. Not thread-safe: {@link RefreshCoordinator} runs one
 * at a time.
 *
 * @author lifecycle-signals maintainers
 * @since 0.1.0
 */
final class TransactionalRefresher {

	/** How many keys of each kind a log line names before it only counts the rest. */
	static final int KEYS_IN_LOG = 10;

	private static final Log logger = LogFactory.getLog(TransactionalRefresher.class);

	private final ConfigurableApplicationContext context;

	private final RefreshHistory history;

	private final Clock clock;

	private final CandidateValidator validator;

	private final RefreshSettings settings;

	private final KeyClassifier classifier;

	private final @Nullable RefreshScope refreshScope;

	private final @Nullable ConfigurationPropertiesRebinder rebinder;

	private final @Nullable LoggingSystem loggingSystem;

	private final LiveConfigData live;

	private final ResourceLoader resources;

	private final EnvironmentPipeline pipeline;

	// What the pipeline produced for the configuration that runs: loaded once at startup
	// (the baseline), then each applied candidate.
	private volatile LoadedConfiguration loaded = LoadedConfiguration.NONE;

	private @Nullable Map<String, String> startupValues;

	private volatile @Nullable List<String> propertiesBeanNames;

	/**
	 * Creates the refresher.
	 * @param context the application's context
	 * @param history where refreshes are recorded
	 * @param clock the clock for the times shown to people
	 * @param validator checks candidates
	 * @param settings the settings
	 * @param refreshable the beans that apply keys themselves
	 * @param refreshScope spring-cloud-context's refresh scope, if active
	 * @param rebinder spring-cloud-context's re-binder, if active
	 * @param loggingSystem the logging system, if there is one
	 * @param pipeline the application's environment pipeline
	 */
	TransactionalRefresher(ConfigurableApplicationContext context, RefreshHistory history, Clock clock,
			CandidateValidator validator, RefreshSettings settings, Supplier<Collection<RefreshableKeys>> refreshable,
			@Nullable RefreshScope refreshScope, @Nullable ConfigurationPropertiesRebinder rebinder,
			@Nullable LoggingSystem loggingSystem, EnvironmentPipeline pipeline) {
		this.context = context;
		this.history = history;
		this.clock = clock;
		this.validator = validator;
		this.settings = settings;
		this.refreshScope = refreshScope;
		this.rebinder = rebinder;
		this.loggingSystem = loggingSystem;
		this.live = new LiveConfigData(context.getEnvironment());
		this.resources = PackagedResources.of(context);
		this.pipeline = pipeline;

		this.classifier = new KeyClassifier(context.getBeanFactory(), new StartupOnlyKeys(settings.startupOnlyKeys()),
				refreshable, (rebinder != null) ? rebinder.getBeanNames() : Set.of());
	}

	/**
	 * Loads the configuration as it is now through the application's pipeline, without
	 * applying it: what tells, at each refresh, which live sources the pipeline produced
	 * and which files they came from. Run once the context has started, when the files
	 * are those it started from.
	 * @return whether it loaded
	 */
	boolean loadBaseline() {
		try {
			ConfigurableEnvironment environment = this.context.getEnvironment();
			// Unbounded: these are the files the application started with.
			CandidateEnvironment baseline = CandidateEnvironment.load(environment, this.pipeline, this.resources,
					List.of(), ConfigFiles.of(this.live.all()), null);
			this.loaded = baseline.loaded();
			this.history.runningOn(ConfigHash.of(this.live.sources(this.loaded.configDataOrigins().keySet())));
			return true;
		}
		catch (CandidateRejectedException | RuntimeException ex) {
			logger.warn("Configuration refresh: the configuration files as they are now do not load ("
					+ ((ex instanceof CandidateRejectedException) ? ex.getMessage() : RefreshFailure.describe(ex))
					+ "); until a refresh applies, one cannot tell a deleted file");
			return false;
		}
	}

	/**
	 * Does once, off the request path, what only the first refresh would otherwise do:
	 * finds the {@code @ConfigurationProperties} beans and the {@code @Value} injections,
	 * records the values the application started with, and loads the classes a refresh
	 * uses, so that the first refresh, the one nearly every user sees, is as quick as the
	 * next.
	 */
	void warmUp() {
		if (this.loaded == LoadedConfiguration.NONE) {
			loadBaseline();
		}
		try {
			startupValues();
			Map<String, ConfigurationPropertiesBean> beans = propertiesBeans();
			this.classifier.warmUp();
			CandidateEnvironment candidate = CandidateEnvironment.load(this.context.getEnvironment(), this.pipeline,
					this.resources, this.loaded.producedNames(), List.of(), this.settings.maxFileSize());
			Set<String> changed = LiveConfigData.changedKeys(this.live.sources(this.loaded.producedNames()),
					candidate.loaded().produced());
			if (!changed.isEmpty()) {
				logger.info("Configuration refresh: " + changed.size()
						+ " key(s) of the configuration files changed since startup; a refresh would apply them");
			}
			// Binds every properties bean once: the binder's classes and caches are warm.
			this.validator.validate(candidate.view(), beans.values());
		}
		catch (CandidateRejectedException | RuntimeException ex) {
			// Only a rehearsal: the refresh itself will say what fails.
			logger.debug("Configuration refresh warm-up failed", ex);
		}
	}

	/**
	 * Runs one refresh and records it.
	 * @param trigger what asked for it, for example {@code SIGHUP}
	 * @return the record
	 */
	RefreshRecord refresh(Trigger trigger) {
		if (this.loaded == LoadedConfiguration.NONE) {
			// A context that was not started by SpringApplication has no baseline yet.
			loadBaseline();
		}
		this.context.publishEvent(new ConfigurationRefreshStartedEvent(this, trigger));
		Instant startedAt = this.clock.instant();
		long start = System.nanoTime();
		Map<String, String> startup;
		try {
			startup = startupValues();
		}
		catch (RuntimeException ex) {
			// Nothing was touched yet; and whoever heard that a refresh started must hear
			// that it ended.
			RefreshRecord failed = new RefreshRecord(startedAt, trigger.name(), RefreshOutcome.REJECTED, Set.of(),
					KeyClassification.NONE,
					"could not read the values the application started with (" + RefreshFailure.describe(ex) + ")",
					Duration.ofNanos(System.nanoTime() - start));
			report(failed, this.history.pendingRestart());
			return failed;
		}
		Outcome outcome = attempt(startup);
		RefreshRecord record = new RefreshRecord(startedAt, trigger.name(), outcome.outcome(), outcome.changedKeys(),
				outcome.keys(), outcome.reason(), Duration.ofNanos(System.nanoTime() - start));
		List<PendingRestart> pending = (record.outcome() == RefreshOutcome.APPLIED) ? pendingRestart(record, startup)
				: this.history.pendingRestart();
		report(record, pending);
		return record;
	}

	private Outcome attempt(Map<String, String> startup) {
		ConfigurableEnvironment environment = this.context.getEnvironment();
		LoadedConfiguration current = this.loaded;
		Set<String> changed = Set.of();
		try {
			long start = System.nanoTime();
			CandidateEnvironment candidate = CandidateEnvironment.load(environment, this.pipeline, this.resources,
					current.producedNames(), ConfigFiles.of(this.live.all()), this.settings.maxFileSize());
			long loaded = System.nanoTime();
			LoadedConfiguration next = candidate.loaded();
			// The live sources the candidate's replace: those produced last time, and
			// any of the same name (when no baseline could be loaded).
			Set<String> replaced = new LinkedHashSet<>(current.producedNames());
			replaced.addAll(next.producedNames());
			List<PropertySource<?>> before = this.live.sources(replaced);
			List<PropertySource<?>> after = next.produced();
			Set<String> vanished = ConfigFiles.vanished(current.configDataOrigins(), next.configDataOrigins());
			if (!vanished.isEmpty()) {
				return rejected(Set.of(), "file " + String.join(", ", vanished)
						+ " was loaded at startup and can no longer be read (deleted, replaced by a directory, or"
						+ " unreadable); restore it, or declare its location optional: to allow removing it");
			}
			changed = LiveConfigData.changedKeys(before, after);
			if (changed.isEmpty()) {
				return new Outcome(RefreshOutcome.UNCHANGED, changed, KeyClassification.NONE, null);
			}
			PlaceholderUsers users = PlaceholderUsers.in(candidate.view().getPropertySources().stream().toList());
			Set<String> read = new HashSet<>(changed);
			read.addAll(users.ofAny(changed));
			Map<String, ConfigurationPropertiesBean> affected = AffectedBeans.of(propertiesBeans(), read);
			Map<String, BoundProperties> bound;
			try {
				bound = new HashMap<>(this.validator.validate(candidate.view(), affected.values()));
			}
			catch (CandidateRejectedException ex) {
				return rejected(changed, String.valueOf(ex.getMessage()));
			}
			Map<String, Object> newValues = rawValues(candidate.view().getPropertySources().stream().toList(), changed);
			Set<String> removed = new HashSet<>(changed);
			removed.removeAll(newValues.keySet());
			if (!removed.isEmpty()) {
				// The candidate does not bind a removed key: ask what bound it before.
				Map<String, ConfigurationPropertiesBean> readers = AffectedBeans.of(affected, removed);
				CandidateValidator.boundNames(environment, readers.values())
					.forEach(
							(name, names) -> bound.computeIfAbsent(name, (key) -> new BoundProperties()).addAll(names));
			}
			KeyClassification keys = this.classifier.classify(changed, unchangedAbove(environment, current, next),
					affected, bound, startup, newValues, users);
			if (this.settings.onRestartRequired() == RefreshProperties.OnRestartRequired.REJECT
					&& !keys.restartRequired().isEmpty()) {
				return new Outcome(RefreshOutcome.REJECTED, changed, keys, "restart required for "
						+ names(keys.restartRequired().keySet()) + " and lifecycle.refresh.on-restart-required=reject");
			}
			long classified = System.nanoTime();
			Outcome outcome = applyOrRollBack(next, replaced, changed, keys, affected.keySet());
			if (logger.isDebugEnabled()) {
				// Where a refresh spends its time: reading and parsing the files;
				// checking (binding, validating, classifying); applying.
				logger.debug("Configuration refresh took " + millis(start, loaded) + " to load, "
						+ millis(loaded, classified) + " to check, " + millis(classified, System.nanoTime())
						+ " to apply");
			}
			return outcome;
		}
		catch (CandidateRejectedException ex) {
			return rejected(changed, String.valueOf(ex.getMessage()));
		}
		catch (Throwable ex) {
			// Loading and checking touch nothing live: whatever failed, nothing changed.
			return rejected(changed, RefreshFailure.describe(ex));
		}
	}

	private Outcome applyOrRollBack(LoadedConfiguration next, Set<String> replaced, Set<String> changed,
			KeyClassification keys, Set<String> affectedBeans) {
		List<PropertySource<?>> everything = this.live.all();
		List<String> order = everything.stream().map(PropertySource::getName).toList();
		List<PropertySource<?>> before = everything.stream()
			.filter((source) -> replaced.contains(source.getName()))
			.toList();
		try {
			apply(next.order(), next.produced(), replaced, changed, affectedBeans);
			this.loaded = next;
			return new Outcome(RefreshOutcome.APPLIED, changed, keys, null);
		}
		catch (Throwable ex) {
			String failure = RefreshFailure.describe(ex);
			logger.warn("Applying the new configuration failed (" + failure + "), restoring the previous one");
			try {
				apply(order, before, next.producedNames(), changed, affectedBeans);
			}
			catch (Throwable rollbackFailure) {
				logger.error("Restoring the previous configuration failed too ("
						+ RefreshFailure.describe(rollbackFailure) + ")");
			}
			return new Outcome(RefreshOutcome.FAILED, changed, keys, failure);
		}
	}

	private void apply(List<String> order, List<PropertySource<?>> sources, Collection<String> replaced,
			Set<String> changed, Set<String> affectedBeans) {
		this.live.replaceWith(order, sources, replaced);
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
		LoggingLevels.resetRemoved(changed, this.context.getEnvironment(), this.loggingSystem);
		if (this.refreshScope != null) {
			this.refreshScope.refreshAll();
		}
	}

	// Which beans are @ConfigurationProperties beans is found once: it means asking
	// every bean definition for annotations, a sixth of a refresh, and bean definitions
	// do not change once the application runs. The instances are looked up each time
	// (a refresh-scoped one is new after a refresh).
	private Map<String, ConfigurationPropertiesBean> propertiesBeans() {
		List<String> names = this.propertiesBeanNames;
		if (names == null) {
			Map<String, ConfigurationPropertiesBean> all = ConfigurationPropertiesBean.getAll(this.context);
			this.propertiesBeanNames = List.copyOf(all.keySet());
			return all;
		}
		Map<String, ConfigurationPropertiesBean> beans = new LinkedHashMap<>();
		for (String name : names) {
			try {
				ConfigurationPropertiesBean bean = ConfigurationPropertiesBean.get(this.context,
						this.context.getBean(name), name);
				if (bean != null) {
					beans.put(name, bean);
				}
			}
			catch (BeansException ex) {
				// As ConfigurationPropertiesBean.getAll: a bean that cannot be had is not
				// bound, so there is nothing to check it against.
			}
		}
		return beans;
	}

	private static String millis(long startNanos, long endNanos) {
		return Durations.format(Duration.ofNanos(endNanos - startNanos));
	}

	private static Outcome rejected(Set<String> changed, String reason) {
		return new Outcome(RefreshOutcome.REJECTED, changed, KeyClassification.NONE, reason);
	}

	// The raw values the application started with, captured at the first refresh, before
	// any was applied: what a key that needs a restart is compared with.
	private Map<String, String> startupValues() {
		Map<String, String> startup = this.startupValues;
		if (startup == null) {
			List<PropertySource<?>> sources = this.context.getEnvironment()
				.getPropertySources()
				.stream()
				.filter((source) -> !CandidateEnvironment.ATTACHED_SOURCE.equals(source.getName()))
				.toList();
			startup = new HashMap<>();
			for (Map.Entry<String, Object> entry : CandidateEnvironment.flatten(sources).entrySet()) {
				startup.put(entry.getKey(), String.valueOf(entry.getValue()));
			}
			this.startupValues = startup;
		}
		return startup;
	}

	private List<PendingRestart> pendingRestart(RefreshRecord record, Map<String, String> startup) {
		Map<String, String> reasons = new LinkedHashMap<>();
		this.history.pendingRestart().forEach((pending) -> reasons.put(pending.key(), pending.reason()));
		reasons.putAll(record.keys().restartRequired());
		List<PropertySource<?>> now = this.context.getEnvironment().getPropertySources().stream().toList();
		Map<String, Object> current = rawValues(now, reasons.keySet());
		List<PendingRestart> pending = new ArrayList<>();
		reasons.forEach((key, reason) -> {
			if (!Objects.equals(startup.get(key), KeyClassifier.stringValue(current.get(key)))) {
				pending.add(new PendingRestart(key, reason));
			}
		});
		pending.sort((a, b) -> a.key().compareTo(b.key()));
		return pending;
	}

	// The live sources above the configuration files that the refresh does not change:
	// a key one of them sets keeps its value whatever the files say. Sources the pipeline
	// derives from the files (decrypted {cipher} values) change with them.
	private static List<PropertySource<?>> unchangedAbove(ConfigurableEnvironment environment,
			LoadedConfiguration current, LoadedConfiguration next) {
		Map<String, PropertySource<?>> produced = new HashMap<>();
		next.produced().forEach((source) -> produced.put(source.getName(), source));
		List<PropertySource<?>> above = new ArrayList<>();
		for (PropertySource<?> source : environment.getPropertySources()) {
			String name = source.getName();
			if (current.isConfigData(name) || next.isConfigData(name)) {
				break;
			}
			boolean derived = current.producedNames().contains(name) || produced.containsKey(name);
			boolean changes = derived && !LiveConfigData.sameContent(source, produced.get(name));
			if (!CandidateEnvironment.ATTACHED_SOURCE.equals(name) && !changes) {
				above.add(source);
			}
		}
		return above;
	}

	// The raw value of each key from the first source that has it, as the environment
	// would resolve it (without placeholders).
	private static Map<String, Object> rawValues(List<PropertySource<?>> sources, Set<String> keys) {
		Map<String, Object> values = new HashMap<>();
		for (String key : keys) {
			for (PropertySource<?> source : sources) {
				if (CandidateEnvironment.ATTACHED_SOURCE.equals(source.getName())) {
					continue;
				}
				Object value = source.getProperty(key);
				if (value != null) {
					values.put(key, value);
					break;
				}
			}
		}
		return values;
	}

	private void report(RefreshRecord record, List<PendingRestart> pending) {
		StringBuilder line = new StringBuilder("Configuration refresh ").append(record.outcome())
			.append(" (trigger ")
			.append(record.trigger())
			.append(", ")
			.append(Durations.format(record.duration()))
			.append(")");
		KeyClassification keys = record.keys();
		// A rejected refresh changed nothing: its reason says why, not what it would have
		// done.
		if (keys.size() > 0 && record.outcome() != RefreshOutcome.REJECTED) {
			int count = record.changedKeys().size();
			line.append(": ").append(count).append((count == 1) ? " changed key: " : " changed keys: ");
			List<String> parts = new ArrayList<>();
			if (!keys.live().isEmpty()) {
				parts.add("live " + names(keys.live()));
			}
			if (!keys.restartRequired().isEmpty()) {
				parts.add("restart required for " + names(keys.restartRequired().keySet()));
			}
			if (!keys.shadowed().isEmpty()) {
				parts.add("shadowed " + names(keys.shadowed()));
			}
			if (!keys.unused().isEmpty()) {
				parts.add("unused " + names(keys.unused()));
			}
			line.append(String.join("; ", parts));
		}
		if (record.reason() != null) {
			line.append((keys.size() > 0 && record.outcome() != RefreshOutcome.REJECTED) ? "; " : ": ")
				.append(record.reason());
		}
		switch (record.outcome()) {
			case APPLIED, UNCHANGED -> logger.info(line);
			case REJECTED -> logger.warn(line.append("; the previous configuration stays"));
			case FAILED -> logger.warn(line.append("; the previous configuration was restored"));
		}
		// Applied, or restored after a failure: the hash of what runs now either way.
		String configHash = (record.outcome() != RefreshOutcome.REJECTED)
				? ConfigHash.of(this.live.sources(this.loaded.configDataOrigins().keySet())) : null;
		this.history.recorded(record, pending, configHash);
		this.context.publishEvent(new ConfigurationRefreshEvent(this, record.trigger(), record.outcome(),
				record.changedKeys(), record.reason(), record.duration()));
	}

	// Names at most #KEYS_IN_LOG keys and counts the rest, so that a huge change leaves a
	// log line of bounded length.
	private static String names(Collection<String> keys) {
		List<String> shown = keys.stream().limit(KEYS_IN_LOG).toList();
		String more = (keys.size() > shown.size()) ? " and " + (keys.size() - shown.size()) + " more" : "";
		return "[" + String.join(", ", shown) + more + "]";
	}

	private record Outcome(RefreshOutcome outcome, Set<String> changedKeys, KeyClassification keys,
			@Nullable String reason) {

	}

}
