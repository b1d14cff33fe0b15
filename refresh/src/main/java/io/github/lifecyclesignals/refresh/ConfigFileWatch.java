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

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

import io.github.lifecyclesignals.internal.ApplicationPhase;
import io.github.lifecyclesignals.internal.Durations;
import io.github.lifecyclesignals.signal.Trigger;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.context.SmartLifecycle;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Watches the files the live configuration was loaded from and asks for a refresh, with
 * trigger {@code file-change}, when their content changes: after the writes have settled
 * and a random jitter, so that a fleet of replicas sharing the files refreshes spread
 * out, not all at once.
 * <p>
 * It polls rather than using a {@code WatchService}: a Kubernetes ConfigMap volume swaps
 * a {@code ..data} symlink in the directory above the file and never writes the file
 * itself, network and overlay file systems deliver no events, and a poll of a few small
 * files costs nothing. A file's content is hashed again only when its real path, size or
 * modification time changed. The refresh itself reads the files again, validates and
 * applies all or nothing, exactly as for SIGHUP: a file that does not validate is
 * rejected once and not tried again until it changes.
 *
 * @author lifecycle-signals maintainers
 * @since 0.1.0
 */
final class ConfigFileWatch implements SmartLifecycle, Runnable {

	/** What the refreshes this watch asks for are triggered by. */
	public static final Trigger TRIGGER = new Trigger("file-change", 0);

	/** The watching thread's name. */
	public static final String THREAD_NAME = "lifecycle-config-watch";

	/**
	 * How many quiet periods a burst of writes may last before it counts all the same.
	 */
	private static final int MAX_SETTLE_ROUNDS = 20;

	/** How long the watch waits for the refresh it asked for. */
	private static final Duration REFRESH_WAIT = Duration.ofMinutes(1);

	private static final Log logger = LogFactory.getLog(ConfigFileWatch.class);

	private final ConfigurableEnvironment environment;

	private final RefreshCoordinator coordinator;

	private final ApplicationPhase phase;

	private final RefreshHistory history;

	private final WatchSettings settings;

	private final FileFingerprints fingerprints = new FileFingerprints();

	private volatile @Nullable Thread thread;

	// What the files held when the configuration was loaded, then when last refreshed:
	// kept across a stop and start, so that a change made meanwhile is still seen.
	private volatile Map<String, String> known;

	/**
	 * Creates the watch.
	 * @param environment the live environment, whose config data names the files
	 * @param coordinator where refreshes are asked for
	 * @param phase the application's phase: nothing is asked for before it is ready
	 * @param history where the watched files are shown
	 * @param settings how to watch
	 */
	ConfigFileWatch(ConfigurableEnvironment environment, RefreshCoordinator coordinator, ApplicationPhase phase,
			RefreshHistory history, WatchSettings settings) {
		this.environment = environment;
		this.coordinator = coordinator;
		this.phase = phase;
		this.history = history;
		this.settings = settings;
		this.known = this.fingerprints.of(files());
	}

	@Override
	public synchronized void start() {
		if (this.thread == null) {
			Thread thread = new Thread(this, THREAD_NAME);
			thread.setDaemon(true);
			this.thread = thread;
			thread.start();
		}
	}

	@Override
	public synchronized void stop() {
		Thread thread = this.thread;
		if (thread != null) {
			thread.interrupt();
			try {
				// A start that follows must not share the fingerprints with this one.
				thread.join(Duration.ofSeconds(1).toMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			this.thread = null;
		}
	}

	@Override
	public boolean isRunning() {
		return this.thread != null;
	}

	@Override
	public void run() {
		Map<String, String> known = this.known;
		this.history.watching(List.copyOf(known.keySet()));
		if (known.isEmpty()) {
			logger.warn("lifecycle.refresh.watch.enabled is true, but the configuration was loaded from no"
					+ " .properties or .yml file outside the application's archive (config trees are not watched):"
					+ " nothing to watch");
		}
		else {
			logger.info(
					"Watching " + known.keySet() + " for changes every " + Durations.format(this.settings.interval()));
		}
		try {
			while (!Thread.currentThread().isInterrupted()) {
				Thread.sleep(this.settings.interval().toMillis());
				known = poll(known);
				this.known = known;
			}
		}
		catch (InterruptedException ex) {
			// Stopped with the context.
		}
	}

	private Map<String, String> poll(Map<String, String> known) throws InterruptedException {
		if (this.phase.isShuttingDown()) {
			throw new InterruptedException();
		}
		Map<String, String> seen = this.fingerprints.of(files());
		// A refresh (this watch's or a SIGHUP's) may have added or dropped files: those
		// join or leave as they are now, only the content of a file known before counts.
		Map<String, String> before = new LinkedHashMap<>();
		seen.forEach((path, fingerprint) -> before.put(path, known.getOrDefault(path, fingerprint)));
		if (!before.keySet().equals(known.keySet())) {
			this.history.watching(List.copyOf(before.keySet()));
		}
		if (seen.equals(before) || !this.phase.isRunning()) {
			// Before the application is ready a refresh is refused: the change is seen
			// again on the next poll.
			return before;
		}
		seen = settle(seen);
		List<String> changed = new ArrayList<>();
		seen.forEach((path, fingerprint) -> {
			if (before.containsKey(path) && !Objects.equals(before.get(path), fingerprint)) {
				changed.add(path);
			}
		});
		if (changed.isEmpty()) {
			// A burst that ended where it began.
			return seen;
		}
		Duration jitter = jitter();
		logger.info("Configuration file" + ((changed.size() == 1) ? " " : "s ") + changed + " changed; refreshing in "
				+ Durations.format(jitter) + " (jitter)");
		Thread.sleep(jitter.toMillis());
		RefreshRecord record = this.coordinator.requestAndWait(TRIGGER, REFRESH_WAIT);
		// Refused or not over in time: the change is tried again on the next poll.
		return (record != null) ? seen : before;
	}

	// Waits until two reads one quiet period apart agree, so that an editor's or a
	// deployment tool's burst of writes leads to one refresh of the last content.
	private Map<String, String> settle(Map<String, String> seen) throws InterruptedException {
		Map<String, String> last = seen;
		for (int round = 0; round < MAX_SETTLE_ROUNDS; round++) {
			Thread.sleep(this.settings.quietPeriod().toMillis());
			Map<String, String> now = this.fingerprints.of(files());
			if (now.equals(last)) {
				return now;
			}
			last = now;
		}
		return last;
	}

	private Duration jitter() {
		long bound = this.settings.jitter().toMillis();
		return Duration.ofMillis((bound > 0) ? ThreadLocalRandom.current().nextLong(bound + 1) : 0);
	}

	private List<String> files() {
		// As the origins of the live properties say: what a refresh swapped in counts.
		return List.copyOf(ConfigFiles.of(this.environment.getPropertySources().stream().toList()));
	}

	// SmartLifecycle#isPauseable is Spring Framework 7's; without @Override this also
	// compiles for the Boot 3 edition (Framework 6.2), where nothing pauses a context.
	public boolean isPauseable() {
		// Pausing a context stops the watch, restarting it starts it again: no refresh
		// of a paused test context, nor across a CRaC checkpoint.
		return true;
	}

}
