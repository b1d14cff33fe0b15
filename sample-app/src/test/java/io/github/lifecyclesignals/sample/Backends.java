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
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Real backends the tests start and stop themselves with the scripts in
 * {@code .ci/backends}, which install or download what is missing: a Kafka broker, a
 * RabbitMQ node, a Zipkin server, a Prometheus server. Each listens on 127.0.0.1 only, on
 * ports chosen here, with its state under {@code target/backends}.
 */
final class Backends {

	private Backends() {
	}

	/**
	 * Starts a single-node Kafka broker (KRaft).
	 * @return the broker
	 * @throws IOException if it cannot be started
	 */
	static Backend kafka() throws IOException {
		int port = AppProcess.freePort();
		int controller = AppProcess.freePort();
		Path run = Path.of("target", "backends", "kafka-" + port).toAbsolutePath();
		Backend kafka = new Backend("kafka", "127.0.0.1:" + port, Map.of("KAFKA_PORT", String.valueOf(port),
				"KAFKA_CONTROLLER_PORT", String.valueOf(controller), "KAFKA_RUN", run.toString()));
		kafka.start();
		return kafka;
	}

	/**
	 * Starts a RabbitMQ node; guest/guest may connect from 127.0.0.1.
	 * @return the node, whose address is its AMQP port
	 * @throws IOException if it cannot be started
	 */
	static Backend rabbitmq() throws IOException {
		// The node also takes the port + 20000 (distribution) and + 30000..30010 (CLI).
		int port = freePortBelow(35000);
		Path run = Path.of("target", "backends", "rabbitmq-" + port).toAbsolutePath();
		Backend rabbit = new Backend("rabbitmq", String.valueOf(port),
				Map.of("RABBITMQ_PORT", String.valueOf(port), "RABBITMQ_RUN", run.toString()));
		rabbit.start();
		return rabbit;
	}

	/**
	 * Starts a Zipkin server with in-memory storage.
	 * @return the server, whose address is its base URL
	 * @throws IOException if it cannot be started
	 */
	static Backend zipkin() throws IOException {
		int port = AppProcess.freePort();
		Path run = Path.of("target", "backends", "zipkin-" + port).toAbsolutePath();
		Backend zipkin = new Backend("zipkin", "http://127.0.0.1:" + port,
				Map.of("ZIPKIN_PORT", String.valueOf(port), "ZIPKIN_RUN", run.toString()));
		zipkin.start();
		return zipkin;
	}

	/**
	 * Starts a Prometheus Pushgateway.
	 * @return the gateway, whose address is host and port
	 * @throws IOException if it cannot be started
	 */
	static Backend pushgateway() throws IOException {
		int port = AppProcess.freePort();
		Path run = Path.of("target", "backends", "pushgateway-" + port).toAbsolutePath();
		Backend gateway = new Backend("pushgateway", "127.0.0.1:" + port,
				Map.of("PUSHGATEWAY_PORT", String.valueOf(port), "PUSHGATEWAY_RUN", run.toString()));
		gateway.start();
		return gateway;
	}

	/**
	 * Starts a Prometheus server.
	 * @param config its configuration file; its port is chosen here
	 * @return the server, whose address is its base URL
	 * @throws IOException if it cannot be started
	 */
	static Backend prometheus(Path config) throws IOException {
		int port = AppProcess.freePort();
		Path run = Path.of("target", "backends", "prometheus-" + port).toAbsolutePath();
		Backend prometheus = new Backend("prometheus", "http://127.0.0.1:" + port, Map.of("PROMETHEUS_PORT",
				String.valueOf(port), "PROMETHEUS_RUN", run.toString(), "PROMETHEUS_CONFIG", config.toString()));
		prometheus.start();
		return prometheus;
	}

	private static int freePortBelow(int limit) throws IOException {
		for (int port = 15000 + (int) (ProcessHandle.current().pid() % 5000); port < limit; port += 7) {
			if (free(port) && free(port + 20000)) {
				return port;
			}
		}
		throw new IOException("no free port below " + limit);
	}

	private static boolean free(int port) {
		try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	static Path scripts() {
		return Path.of(System.getProperty("lifecycle.sample.dir", "."), "..", ".ci", "backends")
			.toAbsolutePath()
			.normalize();
	}

	/**
	 * A backend started by its script, stopped by its script.
	 */
	static final class Backend implements AutoCloseable {

		private final String name;

		private final String address;

		private final Map<String, String> environment;

		Backend(String name, String address, Map<String, String> environment) {
			this.name = name;
			this.address = address;
			this.environment = environment;
		}

		String address() {
			return this.address;
		}

		void start() throws IOException {
			run("start.sh", 300);
		}

		@Override
		public void close() throws IOException {
			run("stop.sh", 60);
		}

		private void run(String script, int timeoutSeconds) throws IOException {
			List<String> command = new ArrayList<>(
					List.of("bash", scripts().resolve(this.name).resolve(script).toString()));
			ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
			builder.environment().putAll(this.environment);
			builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
			Process process = builder.start();
			try {
				if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
					process.destroyForcibly();
					throw new IOException(this.name + " " + script + " did not finish in " + timeoutSeconds + "s");
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IOException(ex);
			}
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			if (process.exitValue() != 0) {
				throw new IOException(this.name + " " + script + " failed:\n" + output);
			}
			Files.createDirectories(Path.of("target", "app-logs"));
			Files.writeString(Path.of("target", "app-logs", this.name + "-" + script + ".log"), output);
		}

	}

}
