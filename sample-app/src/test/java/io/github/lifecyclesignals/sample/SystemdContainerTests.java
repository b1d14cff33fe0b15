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

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.github.dockerjava.api.model.Bind;
import com.github.dockerjava.api.model.Capability;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.Container.ExecResult;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.images.builder.ImageFromDockerfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The sample unit ({@code systemd/order-intake.service}, {@code Type=notify-reload},
 * {@code WatchdogSec=10s}) run by a real systemd: systemd 254 as PID 1 in a container
 * ({@code systemd/Dockerfile}), driven with {@code systemctl} as an operator does. What
 * systemd itself concludes is asserted: when {@code systemctl start} and
 * {@code systemctl reload} return, the status line it shows, the watchdog pings it
 * receives, and the result it records for {@code systemctl stop}. Host networking: all
 * traffic goes to 127.0.0.1.
 */
class SystemdContainerTests {

	private static final String NAME = "lifecycle-signals-sample-systemd:test";

	private static final String UNIT = "order-intake";

	private static String image;

	@BeforeAll
	static void buildImage() throws Exception {
		SampleImage.requireDocker();
		assertThat(Path.of(AppProcess.JAR)).as("packaged jar (run after `package`)").exists();
		// The Dockerfile goes in as a plain file, so that the build does not try to pull
		// its base image; the build's apt-get reaches Debian's mirror over the host's
		// network.
		ImageFromDockerfile build = new ImageFromDockerfile(NAME, false)
			.withFileFromPath("Dockerfile", Path.of("systemd/Dockerfile"))
			.withFileFromPath(AppProcess.JAR, Path.of(AppProcess.JAR))
			.withFileFromPath("config/application.yml", Path.of("config/application.yml"))
			.withFileFromPath("systemd/order-intake.service", Path.of("systemd/order-intake.service"))
			.withBuildArg("BASE_IMAGE", SampleImage.baseImage())
			.withBuildImageCmdModifier((command) -> command.withNetworkMode("host"));
		image = build.get();
	}

	@AfterAll
	static void removeImage() {
		try {
			DockerClientFactory.instance().client().removeImageCmd(NAME).withForce(true).exec();
		}
		catch (RuntimeException ex) {
			// Already gone, or Docker never came up: nothing to clean.
		}
	}

	@Test
	void systemctlStartReloadAndStopFollowTheApplication() throws Exception {
		int port = AppProcess.freePort();
		long begun = System.nanoTime();
		try (GenericContainer<?> container = startSystemd()) {
			// The test's port, in a drop-in as an operator would add one.
			exec(container, "mkdir", "-p", "/etc/systemd/system/" + UNIT + ".service.d");
			exec(container, "sh", "-c", "printf '[Service]\\nEnvironment=SERVER_PORT=" + port
					+ " SERVER_ADDRESS=127.0.0.1\\n' > /etc/systemd/system/" + UNIT + ".service.d/port.conf");
			exec(container, "systemctl", "daemon-reload");
			System.out.printf("systemd up and the drop-in loaded after %d ms%n",
					TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - begun));
			// systemd 254 knows notify-reload: the unit verifies without a complaint.
			ExecResult verify = exec(container, "systemd-analyze", "verify",
					"/etc/systemd/system/" + UNIT + ".service");
			assertThat(verify.getStdout() + verify.getStderr()).isBlank();
			assertThat(show(container, "Type")).isEqualTo("notify-reload");

			// start returns once the application said READY=1: it serves at once.
			long started = System.nanoTime();
			exec(container, "systemctl", "start", UNIT);
			long startMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
			assertThat(Http.get(port, "/actuator/health/readiness").status()).isEqualTo(200);
			assertThat(show(container, "ActiveState")).isEqualTo("active");
			assertThat(show(container, "StatusText")).isEqualTo("Accepting traffic");

			// WatchdogSec=10s: the pings arrive (every 5s) while liveness is CORRECT.
			assertThat(show(container, "WatchdogUSec")).isEqualTo("10s");
			String firstPing = show(container, "WatchdogTimestampMonotonic");
			long waited = System.nanoTime();
			await().atMost(Duration.ofSeconds(12))
				.pollInterval(Duration.ofMillis(500))
				.until(() -> !show(container, "WatchdogTimestampMonotonic").equals(firstPing));
			System.out.printf("next watchdog ping after %d ms%n",
					TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - waited));

			// reload returns once the refresh is over (RELOADING=1 ... READY=1): the new
			// value is live when it returns, and the status line says how it went.
			exec(container, "sed", "-i", "s/max-quantity: 100/max-quantity: 250/",
					"/opt/order-intake/config/application.yml");
			long reloading = System.nanoTime();
			exec(container, "systemctl", "reload", UNIT);
			long reloadMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - reloading);
			assertThat(Http.get(port, "/settings").body()).contains("\"maxQuantity\":250");
			assertThat(show(container, "StatusText")).startsWith("Configuration refresh APPLIED (trigger SIGHUP");

			// A value that does not validate: rejected, the old one kept, still active.
			exec(container, "sed", "-i", "s/max-quantity: 250/max-quantity: 99999/",
					"/opt/order-intake/config/application.yml");
			exec(container, "systemctl", "reload", UNIT);
			assertThat(show(container, "StatusText")).startsWith("Configuration refresh REJECTED (trigger SIGHUP")
				.contains("orders.max-quantity");
			assertThat(Http.get(port, "/settings").body()).contains("\"maxQuantity\":250");
			assertThat(show(container, "ActiveState")).isEqualTo("active");
			assertThat(show(container, "NRestarts")).isEqualTo("0");

			// stop: SIGTERM, the drain, exit 0, which systemd records as a success (a
			// plain JVM exits 143, a failure to systemd).
			long stopping = System.nanoTime();
			exec(container, "systemctl", "stop", UNIT);
			long stopMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - stopping);
			assertThat(show(container, "ActiveState")).isEqualTo("inactive");
			// systemd clears ExecMainStatus once the unit is inactive; its Result keeps
			// the verdict ("exit-code" for a JVM that exits 143).
			assertThat(show(container, "Result")).isEqualTo("success");
			System.out.printf("systemd %s: start %d ms (until READY=1), reload %d ms, stop %d ms%n",
					exec(container, "systemctl", "--version").getStdout().lines().findFirst().orElse("?"), startMillis,
					reloadMillis, stopMillis);
		}
	}

	private static GenericContainer<?> startSystemd() {
		// Set on the host config directly: Testcontainers' own helpers for binds and
		// tmpfs start a helper container from a registry image, which cannot be pulled
		// here.
		GenericContainer<?> container = new GenericContainer<>(image).withNetworkMode("host")
			.withCreateContainerCmdModifier((command) -> command.getHostConfig()
				.withCapAdd(Capability.SYS_ADMIN)
				.withTmpFs(Map.of("/run", "rw", "/run/lock", "rw", "/tmp", "rw"))
				.withBinds(Bind.parse("/sys/fs/cgroup:/sys/fs/cgroup:rw")));
		container.start();
		await().atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(250))
			.ignoreExceptions()
			.until(() -> container.execInContainer("systemctl", "is-system-running")
				.getStdout()
				.trim()
				.matches("running|degraded"));
		return container;
	}

	private static ExecResult exec(GenericContainer<?> container, String... command) throws Exception {
		ExecResult result = container.execInContainer(command);
		assertThat(result.getExitCode())
			.as(() -> String.join(" ", command) + " failed: " + result.getStderr() + "\n" + journal(container))
			.isZero();
		return result;
	}

	private static String show(GenericContainer<?> container, String property) throws Exception {
		return exec(container, "systemctl", "show", UNIT, "-p", property, "--value").getStdout().trim();
	}

	private static String journal(GenericContainer<?> container) {
		try {
			return container.execInContainer("journalctl", "-u", UNIT, "--no-pager", "-n", "60").getStdout();
		}
		catch (Exception ex) {
			return "(no journal: " + ex + ")";
		}
	}

}
