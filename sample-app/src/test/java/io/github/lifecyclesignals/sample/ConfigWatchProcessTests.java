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

package io.github.lifecyclesignals.sample;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.DocumentContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code lifecycle.refresh.watch}: replicas sharing a Kubernetes-style ConfigMap volume
 * (the file is a link through a {@code ..data} symlink that the kubelet swaps) refresh by
 * themselves when it changes, spread by the jitter, reject a bad version and keep
 * serving, and show the same configuration hash once they run the same files.
 */
@MainLineOnly("The watch is the starter's own code over java.nio's file API; the refresh it starts runs on every line in RefreshProcessTests")
class ConfigWatchProcessTests {

	private static final String[] WATCH = { "--lifecycle.refresh.watch.enabled=true",
			"--lifecycle.refresh.watch.interval=200ms", "--lifecycle.refresh.watch.quiet-period=200ms" };

	private static final String THREAD = "lifecycle-config-watch";

	@TempDir
	Path workDir;

	private int version;

	@Test
	void replicasApplyAConfigMapSwapRejectABadOneAndShowWhichConfigurationTheyRun() throws Exception {
		Path configMap = this.workDir.resolve("configmap");
		publish(configMap, "orders:\n  max-quantity: 100\n");
		String location = "--spring.config.additional-location=file:" + configMap.toAbsolutePath() + "/";
		try (AppProcess first = replica("a", location); AppProcess second = replica("b", location)) {
			first.awaitReady();
			second.awaitReady();
			List<AppProcess> replicas = List.of(first, second);
			String initial = configHash(first);
			assertThat(configHash(second)).isEqualTo(initial);
			assertThat(SampleApi.lifecycle(first).read("$.refresh.watchedFiles", List.class))
				.containsExactly(configMap.toAbsolutePath() + "/application.yml");

			long swapped = System.nanoTime();
			publish(configMap, "orders:\n  max-quantity: 150\n");
			for (AppProcess replica : replicas) {
				// The served value changes before the refresh is recorded: wait for the
				// record.
				await().atMost(Duration.ofSeconds(15))
					.ignoreExceptions()
					.until(() -> SampleApi.lifecycle(replica).read("$.refresh.counts.APPLIED", Integer.class) == 1);
				assertThat(SampleApi.maxQuantity(replica)).isEqualTo(150);
				System.out.printf("ConfigMap swap served by replica %d after %d ms%n", replica.port(),
						(System.nanoTime() - swapped) / 1_000_000);
				DocumentContext lifecycle = SampleApi.lifecycle(replica);
				assertThat(lifecycle.read("$.refresh.recent[0].trigger", String.class)).isEqualTo("file-change");
				assertThat(lifecycle.read("$.refresh.recent[0].outcome", String.class)).isEqualTo("APPLIED");
				assertThat(lifecycle.read("$.refresh.recent[0].keys.live", List.class))
					.containsExactly("orders.max-quantity");
			}
			String applied = configHash(first);
			assertThat(applied).isNotEqualTo(initial).isEqualTo(configHash(second));

			// Fails validation (at most 10000): each replica rejects it once, keeps the
			// value it serves and the hash it shows, and does not try it again.
			publish(configMap, "orders:\n  max-quantity: 50000\n");
			for (AppProcess replica : replicas) {
				await().atMost(Duration.ofSeconds(15))
					.ignoreExceptions()
					.until(() -> SampleApi.lifecycle(replica).read("$.refresh.counts.REJECTED", Integer.class) == 1);
				DocumentContext lifecycle = SampleApi.lifecycle(replica);
				assertThat(lifecycle.read("$.refresh.recent[0].trigger", String.class)).isEqualTo("file-change");
				assertThat(lifecycle.read("$.refresh.recent[0].reason", String.class)).contains("orders.max-quantity");
				assertThat(lifecycle.read("$.refresh.configHash", String.class)).isEqualTo(applied);
				assertThat(SampleApi.maxQuantity(replica)).isEqualTo(150);
			}
			// Several polls later: still one rejection each, no retry loop.
			Thread.sleep(1500);
			for (AppProcess replica : replicas) {
				assertThat(SampleApi.lifecycle(replica).read("$.refresh.counts.REJECTED", Integer.class)).isEqualTo(1);
				assertThat(replica.log()).doesNotContain("50000");
			}

			publish(configMap, "orders:\n  max-quantity: 200\n");
			for (AppProcess replica : replicas) {
				await().atMost(Duration.ofSeconds(15))
					.ignoreExceptions()
					.until(() -> SampleApi.lifecycle(replica).read("$.refresh.counts.APPLIED", Integer.class) == 2);
				assertThat(SampleApi.maxQuantity(replica)).isEqualTo(200);
			}
			assertThat(configHash(first)).isEqualTo(configHash(second)).isNotIn(initial, applied);
			assertThat(first.log()).contains("changed; refreshing in")
				.contains("Configuration refresh APPLIED (trigger file-change");
		}
	}

	@Test
	void aBurstOfWritesLeadsToOneRefreshOfTheLastContent() throws Exception {
		Path configFile = this.workDir.resolve("config/application.yml");
		Files.createDirectories(configFile.getParent());
		Files.writeString(configFile, "orders:\n  max-quantity: 100\n");
		try (AppProcess app = AppProcess.startSample(this.workDir, WATCH[0], WATCH[1],
				"--lifecycle.refresh.watch.quiet-period=1s", "--lifecycle.refresh.watch.jitter=0s")) {
			app.awaitReady();
			// Written in place, as an editor that does not rename would: ten writes 50ms
			// apart, all within one quiet period of each other.
			for (int quantity = 101; quantity <= 110; quantity++) {
				Files.writeString(configFile, "orders:\n  max-quantity: " + quantity + "\n");
				Thread.sleep(50);
			}
			await().atMost(Duration.ofSeconds(15))
				.ignoreExceptions()
				.until(() -> SampleApi.lifecycle(app).read("$.refresh.counts.APPLIED", Integer.class) == 1);
			assertThat(SampleApi.maxQuantity(app)).isEqualTo(110);
			// Longer than a poll, a quiet period and the refresh: no second refresh
			// comes.
			Thread.sleep(1500);
			DocumentContext lifecycle = SampleApi.lifecycle(app);
			assertThat(lifecycle.read("$.refresh.counts.APPLIED", Integer.class)).isEqualTo(1);
			assertThat(lifecycle.read("$.refresh.counts.UNCHANGED", Integer.class)).isZero();
			assertThat(app.log()).contains("Configuration file [config/application.yml] changed; refreshing in 0ms");

			// A deleted file is a change too, and one the refresh refuses: the file came
			// from a default location, so it is the application's configuration.
			Files.delete(configFile);
			await().atMost(Duration.ofSeconds(15))
				.ignoreExceptions()
				.until(() -> SampleApi.lifecycle(app).read("$.refresh.counts.REJECTED", Integer.class) == 1);
			assertThat(SampleApi.maxQuantity(app)).isEqualTo(110);
		}
	}

	@Test
	void watchingIsOffByDefault() throws Exception {
		try (AppProcess app = AppProcess.startSample(this.workDir)) {
			app.awaitReady();
			DocumentContext lifecycle = SampleApi.lifecycle(app);
			assertThat(lifecycle.read("$.refresh", Map.class)).containsKey("configHash")
				.doesNotContainKey("watchedFiles");
			assertThat(lifecycle.read("$.refresh.configHash", String.class)).hasSize(16);
			assertThat(app.lines()).noneMatch((line) -> line.contains(THREAD));
		}
	}

	private AppProcess replica(String name, String location) throws IOException {
		return AppProcess.startSample(this.workDir.resolve(name), WATCH[0], WATCH[1], WATCH[2],
				"--lifecycle.refresh.watch.jitter=2s", location);
	}

	// What the kubelet does to a ConfigMap volume: the new version goes into a new
	// directory, a temporary link to it is renamed over ..data in one step, and the old
	// directory is removed. The file the application reads is application.yml ->
	// ..data/application.yml and never changes itself.
	private void publish(Path configMap, String content) throws IOException {
		Files.createDirectories(configMap);
		String versionDir = "..2026_11_27_v" + (++this.version);
		Files.createDirectory(configMap.resolve(versionDir));
		Files.writeString(configMap.resolve(versionDir).resolve("application.yml"), content);
		Path data = configMap.resolve("..data");
		Path previous = Files.isSymbolicLink(data) ? configMap.resolve(Files.readSymbolicLink(data)) : null;
		Path link = configMap.resolve("..data_tmp");
		Files.createSymbolicLink(link, Path.of(versionDir));
		Files.move(link, data, StandardCopyOption.ATOMIC_MOVE);
		if (!Files.isSymbolicLink(configMap.resolve("application.yml"))) {
			Files.createSymbolicLink(configMap.resolve("application.yml"), Path.of("..data", "application.yml"));
		}
		if (previous != null) {
			Files.delete(previous.resolve("application.yml"));
			Files.delete(previous);
		}
	}

	private static String configHash(AppProcess app) throws IOException {
		return SampleApi.lifecycle(app).read("$.refresh.configHash", String.class);
	}

}
