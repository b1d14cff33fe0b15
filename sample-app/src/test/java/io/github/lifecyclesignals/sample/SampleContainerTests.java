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
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.github.dockerjava.api.DockerClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.images.builder.Transferable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The sample app in a real container, stopped and signalled the way Docker and the
 * kubelet do: {@code docker stop} (SIGTERM to PID 1, SIGKILL after the timeout) and
 * {@code docker kill -s HUP}. Host networking: all traffic goes to 127.0.0.1.
 */
class SampleContainerTests {

	private static String image;

	@BeforeAll
	static void buildImage() throws Exception {
		SampleImage.requireDocker();
		image = SampleImage.build();
	}

	@AfterAll
	static void removeImage() {
		SampleImage.remove();
	}

	@Test
	void dockerStopWithATimeoutLongerThanTheDrainExitsZeroAfterTheInFlightRequest() throws Exception {
		int port = AppProcess.freePort();
		try (GenericContainer<?> container = start(port, "--lifecycle.drain.pre-stop-delay=2s")) {
			CompletableFuture<Http.Response> inFlight = CompletableFuture.supplyAsync(() -> post(port, "held-1", 3000));
			await().atMost(Duration.ofSeconds(10)).until(() -> container.getLogs().contains("Processing order held-1"));
			long start = System.nanoTime();
			DockerClient docker = container.getDockerClient();
			docker.stopContainerCmd(container.getContainerId()).withTimeout(30).exec();
			long stopMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
			long exitCode = docker.inspectContainerCmd(container.getContainerId()).exec().getState().getExitCodeLong();
			String logs = container.getLogs();
			System.out.printf("docker stop -t 30 with a 3s request and a 2s delay: %d ms, exit %d%n", stopMillis,
					exitCode);
			assertThat(exitCode).isZero();
			assertThat(inFlight.get(10, TimeUnit.SECONDS).status()).isEqualTo(201);
			assertThat(logs).contains("Drain started by SIGTERM", "Drain step pre-stop-delay done",
					"Drain ended CLEAN");
		}
	}

	/**
	 * The drain budget must fit in the grace period: {@code docker stop -t}, the
	 * kubelet's {@code terminationGracePeriodSeconds}, systemd's {@code TimeoutStopSec}.
	 * Here it does not, and SIGKILL ends the drain: exit 137.
	 */
	@Test
	void dockerStopWithATimeoutShorterThanTheDrainKillsTheContainer() throws Exception {
		int port = AppProcess.freePort();
		try (GenericContainer<?> container = start(port, "--lifecycle.drain.pre-stop-delay=10s",
				"--lifecycle.drain.timeout=20s")) {
			DockerClient docker = container.getDockerClient();
			docker.stopContainerCmd(container.getContainerId()).withTimeout(2).exec();
			long exitCode = docker.inspectContainerCmd(container.getContainerId()).exec().getState().getExitCodeLong();
			assertThat(exitCode).isEqualTo(137);
			assertThat(container.getLogs()).contains("Drain started by SIGTERM").doesNotContain("Drain ended");
		}
	}

	@Test
	void dockerKillHupAfterCopyingNewConfigurationServesTheNewValue() throws Exception {
		int port = AppProcess.freePort();
		try (GenericContainer<?> container = start(port)) {
			assertThat(Http.get(port, "/settings").body()).contains("\"maxQuantity\":100");
			container.copyFileToContainer(
					Transferable.of("orders:\n  max-quantity: 321\n  accepted-message: Thank you for your order\n"),
					"/app/config/application.yml");
			container.getDockerClient().killContainerCmd(container.getContainerId()).withSignal("HUP").exec();
			await().atMost(Duration.ofSeconds(10))
				.pollInterval(Duration.ofMillis(20))
				.until(() -> Http.get(port, "/settings").body().contains("\"maxQuantity\":321"));
			// The value is live before the refresh's report line is written.
			await().atMost(Duration.ofSeconds(5))
				.until(() -> container.getLogs().contains("Configuration refresh APPLIED (trigger SIGHUP"));
			assertThat(container.getLogs()).contains("1 changed key: live [orders.max-quantity]");
			assertThat(container.isRunning()).isTrue();
		}
	}

	private static GenericContainer<?> start(int port, String... args) {
		String[] command = new String[args.length + 2];
		command[0] = "--server.port=" + port;
		command[1] = "--server.address=127.0.0.1";
		System.arraycopy(args, 0, command, 2, args.length);
		GenericContainer<?> container = new GenericContainer<>(image).withNetworkMode("host").withCommand(command);
		container.start();
		// Without mapped ports Testcontainers cannot wait on a port: poll readiness on
		// loopback.
		await().atMost(Duration.ofSeconds(90))
			.pollInterval(Duration.ofMillis(200))
			.ignoreExceptions()
			.until(() -> Http.get(port, "/actuator/health/readiness").status() == 200);
		return container;
	}

	private static Http.Response post(int port, String id, long processingMillis) {
		try {
			return Http.post(port, "/orders?processingMillis=" + processingMillis, DrainProcessTests.order(id));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
