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

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.lifecyclesignals.drain.DrainStartedEvent;
import io.github.lifecyclesignals.internal.ApplicationPhase;
import io.github.lifecyclesignals.signal.Trigger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.FileSystemResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Tests for {@link ConfigFileWatch}: real files in a temporary directory, the real
 * {@link RefreshCoordinator}, and a refresher that only records what it was asked and
 * what the file held at that moment.
 *
 * @author lifecycle-signals maintainers
 */
class ConfigFileWatchTests {

	private static final Duration POLL = Duration.ofMillis(20);

	private static final Duration QUIET = Duration.ofMillis(150);

	/**
	 * Long enough for several polls and a quiet period: what did not happen by then will
	 * not.
	 */
	private static final Duration NOTHING_MORE = Duration.ofMillis(600);

	private static final Duration AT_MOST = Duration.ofSeconds(10);

	@TempDir
	Path dir;

	private final GenericApplicationContext context = new GenericApplicationContext();

	private final ApplicationPhase phase = new ApplicationPhase(this.context, Clock.systemUTC());

	private final RefreshHistory history = new RefreshHistory();

	private final StandardEnvironment environment = new StandardEnvironment();

	private final List<Refresh> refreshes = new CopyOnWriteArrayList<>();

	private final List<ConfigFileWatch> watches = new ArrayList<>();

	private volatile Function<Trigger, RefreshOutcome> outcome = (trigger) -> RefreshOutcome.APPLIED;

	private Path file;

	@AfterEach
	void stopWatches() {
		this.watches.forEach(ConfigFileWatch::stop);
	}

	@Test
	void aChangedFileLeadsToOneRefreshAfterTheQuietPeriod() throws IOException {
		Path file = configFile("orders.max: 100\n");
		ConfigFileWatch watch = startedWatch(new WatchSettings(POLL, QUIET, Duration.ZERO));
		assertThat(watch.isRunning()).isTrue();
		long written = System.nanoTime();
		Files.writeString(file, "orders.max: 150\n");
		await().atMost(AT_MOST).until(() -> this.refreshes.size() == 1);
		Refresh refresh = this.refreshes.get(0);
		assertThat(refresh.trigger()).isEqualTo(ConfigFileWatch.TRIGGER);
		assertThat(refresh.trigger().name()).isEqualTo("file-change");
		assertThat(refresh.content()).isEqualTo("orders.max: 150\n");
		assertThat(Duration.ofNanos(refresh.nanoTime() - written)).isGreaterThanOrEqualTo(QUIET);
		assertNoMoreRefreshesThan(1);
	}

	@Test
	void aBurstOfWritesLeadsToOneRefreshOfTheLastContent() throws Exception {
		Path file = configFile("orders.max: 100\n");
		Duration quiet = Duration.ofMillis(400);
		startedWatch(new WatchSettings(POLL, quiet, Duration.ZERO));
		// An editor or a deployment tool writing in place: ten writes 20ms apart, each
		// within one quiet period of the one before, over many polls. The pause paces
		// the writer; nothing here waits for the watch.
		for (int max = 101; max <= 110; max++) {
			Files.writeString(file, "orders.max: " + max + "\n");
			Thread.sleep(20);
		}
		await().atMost(AT_MOST).until(() -> this.refreshes.size() == 1);
		assertThat(this.refreshes.get(0).content()).isEqualTo("orders.max: 110\n");
		assertNoMoreRefreshesThan(1);
	}

	@Test
	void aConfigMapSwapOfTheDataLinkIsSeenAlthoughTheFileItselfIsNeverWritten() throws IOException {
		Path configMap = this.dir.resolve("configmap");
		// Same size and the same old modification time in both versions: only the path
		// the link resolves to tells them apart.
		FileTime old = FileTime.from(Instant.now().minus(Duration.ofHours(1)));
		publish(configMap, "v1", "orders.max: 100\n", old);
		Path link = configMap.resolve("application.yml");
		watchedFrom(link);
		startedWatch(new WatchSettings(POLL, QUIET, Duration.ZERO));
		await().atMost(AT_MOST).until(() -> this.history.snapshot().watchedFiles() != null);
		// The link's path, as the application named it, not the version directory's.
		assertThat(this.history.snapshot().watchedFiles()).containsExactly(link.toString());
		publish(configMap, "v2", "orders.max: 200\n", old);
		await().atMost(AT_MOST).until(() -> this.refreshes.size() == 1);
		assertThat(this.refreshes.get(0).content()).isEqualTo("orders.max: 200\n");
		assertNoMoreRefreshesThan(1);
	}

	@Test
	void aFileTouchedOrRewrittenWithTheSameContentAsksForNothing() throws IOException {
		Path file = configFile("orders.max: 100\n");
		startedWatch(new WatchSettings(POLL, QUIET, Duration.ZERO));
		// The contract is the content: a new modification time, or an editor saving what
		// was there, is no change.
		Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(60)));
		Files.writeString(file, "orders.max: 100\n");
		assertNoMoreRefreshesThan(0);
		// The watch did look: a real change is still seen.
		Files.writeString(file, "orders.max: 101\n");
		await().atMost(AT_MOST).until(() -> this.refreshes.size() == 1);
	}

	@Test
	@ExtendWith(OutputCaptureExtension.class)
	void eachRefreshWaitsARandomJitterNoLongerThanTheBound(CapturedOutput output) throws IOException {
		Path file = configFile("orders.max: 0\n");
		Duration bound = Duration.ofMillis(150);
		startedWatch(new WatchSettings(POLL, POLL, bound));
		List<Duration> waited = new ArrayList<>();
		for (int change = 1; change <= 5; change++) {
			long written = System.nanoTime();
			replace(file, "orders.max: " + change + "\n");
			int expected = change;
			await().atMost(AT_MOST).until(() -> this.refreshes.size() == expected);
			waited.add(Duration.ofNanos(this.refreshes.get(change - 1).nanoTime() - written));
		}
		List<Duration> jitters = jitters(output);
		assertThat(jitters).hasSize(5).allSatisfy((jitter) -> assertThat(jitter).isBetween(Duration.ZERO, bound));
		// Random: five draws out of 151 values are not all the same.
		assertThat(Set.copyOf(jitters)).hasSizeGreaterThan(1);
		// And waited for: each refresh came no sooner than its quiet period and jitter.
		for (int i = 0; i < 5; i++) {
			assertThat(waited.get(i)).isGreaterThanOrEqualTo(POLL.plus(jitters.get(i)));
		}
		assertThat(output).contains("Configuration file [" + file + "] changed; refreshing in ");
	}

	@Test
	@ExtendWith(OutputCaptureExtension.class)
	void noJitterMeansNoWait(CapturedOutput output) throws IOException {
		Path file = configFile("orders.max: 0\n");
		startedWatch(new WatchSettings(POLL, POLL, Duration.ZERO));
		replace(file, "orders.max: 1\n");
		await().atMost(AT_MOST).until(() -> this.refreshes.size() == 1);
		assertThat(jitters(output)).containsExactly(Duration.ZERO);
	}

	@Test
	void stoppingTheWatchStopsItsRefreshesAndAChangeMadeMeanwhileIsSeenOnceStartedAgain() throws IOException {
		Path file = configFile("orders.max: 100\n");
		ConfigFileWatch watch = startedWatch(new WatchSettings(POLL, QUIET, Duration.ZERO));
		// Started twice: still one thread.
		watch.start();
		await().atMost(AT_MOST).until(() -> watchThreads() == 1);
		watch.stop();
		assertThat(watch.isRunning()).isFalse();
		assertThat(watchThreads()).isZero();
		Files.writeString(file, "orders.max: 150\n");
		assertNoMoreRefreshesThan(0);
		watch.start();
		assertThat(watch.isRunning()).isTrue();
		await().atMost(AT_MOST).until(() -> this.refreshes.size() == 1);
		assertThat(this.refreshes.get(0).content()).isEqualTo("orders.max: 150\n");
		assertNoMoreRefreshesThan(1);
	}

	@Test
	void aDeletedFileIsAChangeAndSoIsItsReturn() throws IOException {
		Path file = configFile("orders.max: 100\n");
		startedWatch(new WatchSettings(POLL, QUIET, Duration.ZERO));
		Files.delete(file);
		Files.delete(file.getParent());
		// Refreshed all the same: whether a file may go away is the refresh's to say.
		await().atMost(AT_MOST).until(() -> this.refreshes.size() == 1);
		assertThat(this.refreshes.get(0).content()).isNull();
		assertNoMoreRefreshesThan(1);
		Files.createDirectories(file.getParent());
		Files.writeString(file, "orders.max: 100\n");
		await().atMost(AT_MOST).until(() -> this.refreshes.size() == 2);
		assertThat(this.refreshes.get(1).content()).isEqualTo("orders.max: 100\n");
	}

	@Test
	void aFileAlreadyMissingWhenTheWatchIsCreatedIsWatchedAndItsCreationIsAChange() throws IOException {
		Path file = configFile("orders.max: 100\n");
		Files.delete(file);
		Files.delete(file.getParent());
		startedWatch(new WatchSettings(POLL, QUIET, Duration.ZERO));
		await().atMost(AT_MOST).until(() -> this.history.snapshot().watchedFiles() != null);
		assertThat(this.history.snapshot().watchedFiles()).containsExactly(file.toString());
		assertNoMoreRefreshesThan(0);
		Files.createDirectories(file.getParent());
		Files.writeString(file, "orders.max: 200\n");
		await().atMost(AT_MOST).until(() -> this.refreshes.size() == 1);
		assertThat(this.refreshes.get(0).content()).isEqualTo("orders.max: 200\n");
	}

	@Test
	@ExtendWith(OutputCaptureExtension.class)
	void withoutAFileOfTheFileSystemThereIsNothingToWatch(CapturedOutput output) throws IOException {
		this.environment.getPropertySources().addFirst(new MapPropertySource("commandLineArgs", Map.of("a", "1")));
		// Config data that is no file of the file system (inside the archive, say).
		new YamlPropertySourceLoader()
			.load("packaged", new ByteArrayResource("orders.max: 100\n".getBytes(StandardCharsets.UTF_8)))
			.forEach(this.environment.getPropertySources()::addLast);
		ConfigFileWatch watch = startedWatch(new WatchSettings(POLL, QUIET, Duration.ZERO));
		await().atMost(AT_MOST).until(() -> this.history.snapshot().watchedFiles() != null);
		assertThat(this.history.snapshot().watchedFiles()).isEmpty();
		assertThat(watch.isRunning()).isTrue();
		assertThat(output).contains("nothing to watch");
	}

	@Test
	void beforeTheApplicationIsReadyAChangeWaitsAndIsRefreshedOnceItIs() throws IOException {
		Path file = configFile("orders.max: 100\n");
		startedWatch(new WatchSettings(POLL, QUIET, Duration.ZERO), false);
		Files.writeString(file, "orders.max: 150\n");
		assertNoMoreRefreshesThan(0);
		ready();
		await().atMost(AT_MOST).until(() -> this.refreshes.size() == 1);
		assertThat(this.refreshes.get(0).content()).isEqualTo("orders.max: 150\n");
		assertNoMoreRefreshesThan(1);
	}

	@Test
	void onceTheApplicationDrainsTheWatchEnds() throws IOException {
		Path file = configFile("orders.max: 100\n");
		startedWatch(new WatchSettings(POLL, QUIET, Duration.ZERO));
		await().atMost(AT_MOST).until(() -> watchThreads() == 1);
		this.phase.onApplicationEvent(new DrainStartedEvent(this.context, new Trigger("SIGTERM", 15)));
		await().atMost(AT_MOST).until(() -> watchThreads() == 0);
		Files.writeString(file, "orders.max: 150\n");
		assertNoMoreRefreshesThan(0);
	}

	@Test
	void aRefreshThatFailsIsAskedForAgainOnTheNextPoll() throws IOException {
		Path file = configFile("orders.max: 100\n");
		// The first refresh fails unexpectedly and ends without a record: the watch
		// cannot tell whether the change was applied, so it asks again.
		this.outcome = (trigger) -> {
			if (this.refreshes.size() == 1) {
				throw new IllegalStateException("simulated");
			}
			return RefreshOutcome.APPLIED;
		};
		startedWatch(new WatchSettings(POLL, QUIET, Duration.ZERO));
		Files.writeString(file, "orders.max: 150\n");
		await().atMost(AT_MOST).until(() -> this.refreshes.size() == 2);
		assertThat(this.refreshes).extracting(Refresh::content).containsOnly("orders.max: 150\n");
		assertNoMoreRefreshesThan(2);
	}

	@Test
	void aRejectedChangeIsNotTriedAgainUntilTheFileChangesAgain() throws IOException {
		Path file = configFile("orders.max: 100\n");
		this.outcome = (trigger) -> (this.refreshes.size() == 1) ? RefreshOutcome.REJECTED : RefreshOutcome.APPLIED;
		startedWatch(new WatchSettings(POLL, QUIET, Duration.ZERO));
		Files.writeString(file, "orders.max: 50000\n");
		await().atMost(AT_MOST).until(() -> this.refreshes.size() == 1);
		assertNoMoreRefreshesThan(1);
		Files.writeString(file, "orders.max: 200\n");
		await().atMost(AT_MOST).until(() -> this.refreshes.size() == 2);
		assertThat(this.refreshes.get(1).content()).isEqualTo("orders.max: 200\n");
	}

	@Test
	void aFileARefreshAddsIsWatchedFromThen() throws IOException {
		Path file = configFile("orders.max: 100\n");
		Path added = Files.writeString(this.dir.resolve("config/extra.yml"), "extra.flag: false\n");
		startedWatch(new WatchSettings(POLL, QUIET, Duration.ZERO));
		await().atMost(AT_MOST).until(() -> this.history.snapshot().watchedFiles() != null);
		assertThat(this.history.snapshot().watchedFiles()).containsExactly(file.toString());
		// What a refresh that applied a new spring.config.import does to the live
		// environment.
		load(added).forEach(this.environment.getPropertySources()::addFirst);
		await().atMost(AT_MOST)
			.until(() -> List.of(added.toString(), file.toString()).equals(this.history.snapshot().watchedFiles()));
		// Joining is no change.
		assertNoMoreRefreshesThan(0);
		Files.writeString(added, "extra.flag: true\n");
		await().atMost(AT_MOST).until(() -> this.refreshes.size() == 1);
		assertNoMoreRefreshesThan(1);
	}

	@Test
	void theDefaultSettingsAreThoseOfTheProperties() {
		assertThat(RefreshSettings.resolve(new RefreshProperties()).watch()).isEqualTo(WatchSettings.DEFAULTS);
		assertThat(WatchSettings.DEFAULTS)
			.isEqualTo(new WatchSettings(Duration.ofSeconds(2), Duration.ofMillis(500), Duration.ofSeconds(5)));
	}

	private Path configFile(String content) throws IOException {
		Path file = this.dir.resolve("config/application.yml");
		Files.createDirectories(file.getParent());
		Files.writeString(file, content);
		watchedFrom(file);
		return file;
	}

	// As config data loads a file: each property's origin names it.
	private void watchedFrom(Path file) throws IOException {
		this.file = file;
		load(file).forEach(this.environment.getPropertySources()::addLast);
	}

	private static List<PropertySource<?>> load(Path file) throws IOException {
		return new YamlPropertySourceLoader().load("Config resource 'file [" + file + "]'",
				new FileSystemResource(file));
	}

	private ConfigFileWatch startedWatch(WatchSettings settings) {
		return startedWatch(settings, true);
	}

	private ConfigFileWatch startedWatch(WatchSettings settings, boolean ready) {
		if (ready) {
			ready();
		}
		RefreshCoordinator coordinator = new RefreshCoordinator(this::refresh, this.phase, this.history);
		ConfigFileWatch watch = new ConfigFileWatch(this.environment, coordinator, this.phase, this.history, settings);
		this.watches.add(watch);
		watch.start();
		return watch;
	}

	// The refresher: records what it was asked and what the file holds as it runs.
	private RefreshRecord refresh(Trigger trigger) {
		String content = null;
		try {
			content = Files.readString(this.file);
		}
		catch (IOException ex) {
			// Missing: recorded as no content.
		}
		this.refreshes.add(new Refresh(trigger, content, System.nanoTime()));
		RefreshOutcome outcome = this.outcome.apply(trigger);
		return new RefreshRecord(Instant.now(), trigger.name(), outcome, Set.of(), KeyClassification.NONE, null,
				Duration.ZERO);
	}

	private void ready() {
		this.phase.onApplicationEvent(
				new ApplicationReadyEvent(new SpringApplication(), new String[0], this.context, Duration.ZERO));
	}

	private void assertNoMoreRefreshesThan(int count) {
		await().during(NOTHING_MORE).atMost(NOTHING_MORE.plus(AT_MOST)).until(() -> this.refreshes.size() == count);
	}

	private static long watchThreads() {
		return Thread.getAllStackTraces()
			.keySet()
			.stream()
			.filter((thread) -> thread.isAlive() && ConfigFileWatch.THREAD_NAME.equals(thread.getName()))
			.count();
	}

	// What the watch said it would wait, from its log lines.
	private static List<Duration> jitters(CapturedOutput output) {
		Matcher matcher = Pattern.compile("changed; refreshing in (\\d+)ms \\(jitter\\)").matcher(output.getOut());
		List<Duration> jitters = new ArrayList<>();
		while (matcher.find()) {
			jitters.add(Duration.ofMillis(Long.parseLong(matcher.group(1))));
		}
		return jitters;
	}

	// In one step: with a quiet period as short as a poll, a reader must never see the
	// file half written.
	private static void replace(Path file, String content) throws IOException {
		Path next = Files.writeString(file.resolveSibling(file.getFileName() + ".tmp"), content);
		Files.move(next, file, StandardCopyOption.ATOMIC_MOVE);
	}

	// What the kubelet does to a ConfigMap volume: the new version goes into a new
	// directory, a temporary link to it is renamed over ..data in one step, and the old
	// directory is removed. application.yml -> ..data/application.yml never changes.
	private static void publish(Path configMap, String version, String content, FileTime modified) throws IOException {
		Path versionDir = configMap.resolve("..2026_11_27_" + version);
		Files.createDirectories(versionDir);
		Files.setLastModifiedTime(Files.writeString(versionDir.resolve("application.yml"), content), modified);
		Path data = configMap.resolve("..data");
		Path previous = Files.isSymbolicLink(data) ? configMap.resolve(Files.readSymbolicLink(data)) : null;
		Path link = configMap.resolve("..data_tmp");
		Files.createSymbolicLink(link, versionDir.getFileName());
		Files.move(link, data, StandardCopyOption.ATOMIC_MOVE);
		if (!Files.isSymbolicLink(configMap.resolve("application.yml"))) {
			Files.createSymbolicLink(configMap.resolve("application.yml"), Path.of("..data", "application.yml"));
		}
		if (previous != null) {
			Files.delete(previous.resolve("application.yml"));
			Files.delete(previous);
		}
	}

	private record Refresh(Trigger trigger, String content, long nanoTime) {

	}

}
