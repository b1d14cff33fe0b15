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
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bursts of one signal under load, as a wrapper that signals a whole process group, a
 * supervisor and a shell both forwarding, or a {@code kill} loop deliver them: copies of
 * one signal are one signal, and no order answered 201 is lost, not even by a halt.
 *
 * @author lifecycle-signals maintainers
 */
class SignalBurstProcessTests {

	private static final int CLIENTS = 4;

	@TempDir
	Path workDir;

	@Test
	void aBurstOfSigtermsIsOneSigtermAndEveryAcknowledgedOrderIsKept() throws Exception {
		List<String> acknowledged = new CopyOnWriteArrayList<>();
		// The loop spawns a sleep per copy: on a loaded machine its 50 copies can spread
		// over more than the default interval's second, and a copy that late is a
		// repetition by the rule under test. 5s here: the burst is one signal anywhere.
		try (AppProcess app = AppProcess.startSample(this.workDir, "--lifecycle.drain.pre-stop-delay=1s",
				"--lifecycle.drain.escalate-min-interval=5s")) {
			app.awaitReady();
			try (Load load = new Load(app, acknowledged)) {
				awaitAcknowledged(acknowledged, 100);
				app.signalBurst("TERM", 50);
				int exitCode = app.awaitExit(Duration.ofSeconds(30));
				String summary = app.awaitLog("Drain ended ", Duration.ofSeconds(1));
				System.out.printf("50 SIGTERMs from a kill loop under load: exit %d, %d orders acknowledged; %s%n",
						exitCode, acknowledged.size(), summary);
				assertThat(exitCode).isZero();
				assertThat(summary).contains("Drain ended CLEAN");
				assertThat(app.log()).contains("escalates nothing").doesNotContain("halting", "skipping what is left");
			}
		}
		assertAllStored(acknowledged);
	}

	@MainLineOnly("The escalation to a halt is the starter's own counting of signals; the burst's delivery runs on every line")
	@Test
	void aHaltLosesNoAcknowledgedOrder() throws Exception {
		List<String> acknowledged = new CopyOnWriteArrayList<>();
		// Every copy counts here, so that the third SIGTERM halts while the close is
		// under
		// way and orders are still being batched.
		try (AppProcess app = AppProcess.startSample(this.workDir, "--lifecycle.drain.pre-stop-delay=20s",
				"--lifecycle.drain.timeout=40s", "--lifecycle.drain.escalate-min-interval=0s")) {
			app.awaitReady();
			try (Load load = new Load(app, acknowledged)) {
				awaitAcknowledged(acknowledged, 100);
				app.signal("TERM");
				int before = acknowledged.size();
				awaitAcknowledged(acknowledged, before + 50);
				// Not one burst: the kernel keeps one pending copy of a signal, so copies
				// sent faster than the JVM takes them become one.
				app.signal("TERM");
				app.awaitLog("drain escalated", Duration.ofSeconds(5));
				app.signal("TERM");
				int exitCode = app.awaitExit(Duration.ofSeconds(10));
				System.out.printf("SIGTERM, then two more under load: exit %d, %d orders acknowledged%n", exitCode,
						acknowledged.size());
				assertThat(exitCode).isEqualTo(143);
				assertThat(app.log()).contains("halting now with exit code 143",
						"shutdown hooks are skipped; what the application holds only in memory is lost");
			}
		}
		assertAllStored(acknowledged);
	}

	private void assertAllStored(List<String> acknowledged) throws Exception {
		assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(100);
		try (AppProcess restarted = AppProcess.startSample(this.workDir)) {
			restarted.awaitReady();
			List<String> missing = acknowledged.stream()
				.filter((id) -> DrainProcessTests.get(restarted, "/orders/" + id).status() != 200)
				.toList();
			assertThat(missing).as("orders answered 201 and missing after the restart").isEmpty();
		}
	}

	private static void awaitAcknowledged(List<String> acknowledged, int count) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		while (acknowledged.size() < count && System.nanoTime() < deadline) {
			Thread.sleep(20);
		}
		assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(count);
	}

	/**
	 * Clients posting orders one after another until the process is gone, keeping the ids
	 * answered 201.
	 */
	private static final class Load implements AutoCloseable {

		private final AtomicBoolean stopped = new AtomicBoolean();

		private final List<CompletableFuture<Void>> clients;

		Load(AppProcess app, List<String> acknowledged) {
			this.clients = IntStream.range(0, CLIENTS)
				.mapToObj((client) -> CompletableFuture.runAsync(() -> post(app, client, acknowledged)))
				.toList();
		}

		private void post(AppProcess app, int client, List<String> acknowledged) {
			for (int i = 0; !this.stopped.get() && app.isAlive(); i++) {
				String id = "c" + client + "-" + i;
				try {
					if (Http.post(app.port(), "/orders", DrainProcessTests.order(id)).status() == 201) {
						acknowledged.add(id);
					}
				}
				catch (IOException ex) {
					// Refused or cut off: not acknowledged, so not expected after the
					// restart.
				}
			}
		}

		@Override
		public void close() throws Exception {
			this.stopped.set(true);
			CompletableFuture.allOf(this.clients.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
		}

	}

}
