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

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.awaitility.Awaitility.await;

/**
 * An application started as its own JVM, the way an operator runs it, so that tests can
 * send it real signals with {@code kill} and talk to it over real sockets. Its log is
 * kept in memory and written to {@code target/app-logs/} for post-mortems.
 */
final class AppProcess implements AutoCloseable {

	/** The packaged sample app, named without a version (the pom sets its finalName). */
	static final String JAR = "target/lifecycle-signals-sample-app.jar";

	/** Which embedded web server the launched JVM sees on its class path. */
	enum Stack {

		TOMCAT("jetty-", "spring-boot-jetty", "spring-boot-starter-jetty"),

		JETTY("tomcat-", "spring-boot-tomcat", "spring-boot-starter-tomcat"),

		NETTY("jetty-", "spring-boot-jetty", "spring-boot-starter-jetty", "tomcat-", "spring-boot-tomcat",
				"spring-boot-starter-tomcat"),

		/** Tomcat, as a user who did not add junixsocket has it. */
		TOMCAT_WITHOUT_JUNIXSOCKET("jetty-", "spring-boot-jetty", "spring-boot-starter-jetty", "junixsocket-"),

		/**
		 * Tomcat with the core module alone: no opt-in module, no Spring Cloud, no
		 * junixsocket.
		 */
		CORE_ONLY("jetty-", "spring-boot-jetty", "spring-boot-starter-jetty", "junixsocket-", "spring-cloud-",
				"lifecycle-signals-spring-boot-starter", "lifecycle-signals-spring-boot3-starter"),

		/**
		 * Tomcat with Kafka's and RabbitMQ's listener support, for the messaging apps.
		 */
		MESSAGING("jetty-", "spring-boot-jetty", "spring-boot-starter-jetty"),

		/**
		 * Tomcat with Micrometer Tracing (Brave, reporting to Zipkin) and the Prometheus
		 * registry, for the observability tests.
		 */
		OBSERVABILITY("jetty-", "spring-boot-jetty", "spring-boot-starter-jetty");

		/**
		 * The message brokers' client libraries: only the messaging apps see them, so
		 * that no other application runs Spring Boot's Kafka or RabbitMQ
		 * auto-configuration.
		 */
		private static final List<String> MESSAGING_JARS = List.of("spring-kafka-", "spring-rabbit-", "spring-amqp-",
				"spring-boot-kafka-", "spring-boot-amqp-", "kafka-clients-");

		/**
		 * Tracing and the Prometheus registry: only the observability tests' apps see
		 * them, so that no other application sends spans or keeps a Prometheus registry.
		 */
		private static final List<String> OBSERVABILITY_JARS = List.of("spring-boot-zipkin-",
				"spring-boot-starter-zipkin-", "spring-boot-micrometer-tracing", "micrometer-tracing", "zipkin-",
				"brave", "micrometer-registry-prometheus-", "prometheus-metrics-");

		/**
		 * The opt-in modules, by the names of their jars and of their folders in a build.
		 */
		private static final List<String> OPT_IN_MODULES = List.of("refresh", "connections", "systemd", "logs",
				"messaging");

		private final List<String> excludedJarPrefixes;

		Stack(String... excludedJarPrefixes) {
			this.excludedJarPrefixes = List.of(excludedJarPrefixes);
		}

		String classPath() {
			return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
				.filter((entry) -> this.excludedJarPrefixes.stream()
					.noneMatch((prefix) -> Path.of(entry).getFileName().toString().startsWith(prefix)))
				.filter((entry) -> this != CORE_ONLY || !isOptInModule(entry))
				.filter((entry) -> this == MESSAGING || MESSAGING_JARS.stream()
					.noneMatch((prefix) -> Path.of(entry).getFileName().toString().startsWith(prefix)))
				.filter((entry) -> this == OBSERVABILITY || OBSERVABILITY_JARS.stream()
					.noneMatch((prefix) -> Path.of(entry).getFileName().toString().startsWith(prefix)))
				.collect(Collectors.joining(File.pathSeparator));
		}

		/**
		 * Whether a class path entry is one of the opt-in modules: its jar, or its
		 * classes in a build that has not packaged it.
		 * @param entry the entry
		 * @return whether it is
		 */
		static boolean isOptInModule(String entry) {
			String name = Path.of(entry).getFileName().toString();
			String path = entry.replace(File.separatorChar, '/');
			return OPT_IN_MODULES.stream()
				.anyMatch((module) -> name.startsWith("lifecycle-signals-spring-boot-" + module)
						|| name.startsWith("lifecycle-signals-spring-boot3-" + module)
						|| path.contains("/" + module + "/target/"));
		}

	}

	private final Process process;

	private final int port;

	private final List<String> lines = new CopyOnWriteArrayList<>();

	private final Thread reader;

	private AppProcess(Process process, int port, Path logFile) {
		this.process = process;
		this.port = port;
		this.reader = new Thread(() -> copyOutput(logFile), "app-output-" + process.pid());
		this.reader.setDaemon(true);
		this.reader.start();
	}

	static AppProcess start(Path workDir, Stack stack, Class<?> mainClass, String... args) throws IOException {
		return start(workDir, stack, mainClass, List.of(), args);
	}

	/**
	 * Starts an application as its own JVM.
	 * @param workDir the working directory
	 * @param stack the web server on its class path
	 * @param mainClass the main class
	 * @param launcher what runs the JVM, as an operator's shell would: for example
	 * {@code env --ignore-signal=HUP} for what {@code nohup} does to it
	 * @param args the application arguments
	 * @return the process
	 * @throws IOException if it cannot be started
	 */
	static AppProcess start(Path workDir, Stack stack, Class<?> mainClass, List<String> launcher, String... args)
			throws IOException {
		int port = freePort();
		List<String> command = new ArrayList<>(launcher);
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.add("-Xmx256m");
		// Startup is most of these JVMs' CPU, and test classes run side by side on two
		// cores: C1 only, one GC thread, no verification of the build's own bytecode
		// (about 12% less CPU to ready). Signals, threads and the exit are unchanged.
		command.add("-XX:TieredStopAtLevel=1");
		command.add("-XX:+UseSerialGC");
		command.add("-XX:+UnlockDiagnosticVMOptions");
		command.add("-XX:-BytecodeVerificationRemote");
		command.add("-cp");
		command.add(stack.classPath());
		command.add(mainClass.getName());
		return launch(workDir, command, port, mainClass.getSimpleName(), args);
	}

	/**
	 * Starts the packaged sample app, {@code java -jar} as a user runs it.
	 * @param workDir the working directory
	 * @param jvmArgs options for the JVM, for example {@code -Dspring.aot.enabled=true}
	 * @param args the application arguments
	 * @return the process
	 * @throws IOException if it cannot be started
	 */
	static AppProcess startJar(Path workDir, List<String> jvmArgs, String... args) throws IOException {
		int port = freePort();
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.add("-Xmx256m");
		command.addAll(jvmArgs);
		command.add("-jar");
		command.add(Path.of(JAR).toAbsolutePath().toString());
		return launch(workDir, command, port, "sample-jar", args);
	}

	// The part every launch shares: the port and the arguments, the working directory,
	// and a log file named after the application and its PID.
	private static AppProcess launch(Path workDir, List<String> command, int port, String logName, String... args)
			throws IOException {
		command.add("--server.port=" + port);
		command.add("--server.address=127.0.0.1");
		command.addAll(List.of(args));
		Files.createDirectories(workDir);
		Process process = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true).start();
		Path logDir = Path.of("target", "app-logs");
		Files.createDirectories(logDir);
		return new AppProcess(process, port, logDir.resolve(logName + "-" + process.pid() + ".log"));
	}

	static AppProcess startSample(Path workDir, String... args) throws IOException {
		return start(workDir, Stack.TOMCAT, SampleApplication.class, args);
	}

	static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

	private void copyOutput(Path logFile) {
		try (BufferedReader in = new BufferedReader(
				new InputStreamReader(this.process.getInputStream(), StandardCharsets.UTF_8));
				PrintWriter out = new PrintWriter(Files.newBufferedWriter(logFile), true)) {
			for (String line = in.readLine(); line != null; line = in.readLine()) {
				this.lines.add(line);
				out.println(line);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	int port() {
		return this.port;
	}

	long pid() {
		return this.process.pid();
	}

	AppProcess awaitReady() {
		return awaitReady("/actuator/health/readiness");
	}

	AppProcess awaitReady(String readinessPath) {
		await("readiness of pid " + pid()).atMost(Duration.ofSeconds(90))
			.pollInterval(Duration.ofMillis(200))
			.ignoreExceptions()
			.failFast("process exited:\n" + tail(), () -> !this.process.isAlive())
			.until(() -> Http.get(this.port, readinessPath).status() == 200);
		return this;
	}

	/**
	 * Waits for a log line that matches.
	 * @param regex a regular expression searched within each line
	 * @param timeout how long to wait at most
	 * @return the first matching line
	 */
	String awaitLog(String regex, Duration timeout) {
		Pattern pattern = Pattern.compile(regex);
		await("log line /" + regex + "/").atMost(timeout)
			.pollInterval(Duration.ofMillis(50))
			.until(() -> this.lines.stream().anyMatch((line) -> pattern.matcher(line).find()));
		return this.lines.stream().filter((line) -> pattern.matcher(line).find()).findFirst().orElseThrow();
	}

	/**
	 * Waits until at least {@code count} lines match.
	 * @param regex a regular expression searched within each line
	 * @param count how many matching lines to wait for
	 * @param timeout how long to wait at most
	 * @return the matching lines, in order
	 */
	List<String> awaitLines(String regex, int count, Duration timeout) {
		Pattern pattern = Pattern.compile(regex);
		await("" + count + " log lines /" + regex + "/").atMost(timeout)
			.pollInterval(Duration.ofMillis(50))
			.until(() -> this.lines.stream().filter((line) -> pattern.matcher(line).find()).count() >= count);
		return this.lines.stream().filter((line) -> pattern.matcher(line).find()).toList();
	}

	List<String> lines() {
		return List.copyOf(this.lines);
	}

	String log() {
		return String.join("\n", this.lines);
	}

	String tail() {
		List<String> all = lines();
		return String.join("\n", all.subList(Math.max(0, all.size() - 40), all.size()));
	}

	/**
	 * Sends a signal with {@code kill}, as an operator would.
	 * @param name the signal name without {@code SIG}
	 */
	void signal(String name) throws IOException, InterruptedException {
		Process kill = new ProcessBuilder("kill", "-" + name, Long.toString(pid())).inheritIO().start();
		if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
			throw new IllegalStateException("kill -" + name + " " + pid() + " failed");
		}
	}

	/**
	 * Sends a signal again once {@code lifecycle.drain.escalate-min-interval}'s default
	 * (1s) has passed since the last one, so that it counts as a repetition, as an
	 * operator's second {@code kill} does.
	 * @param name the signal name without {@code SIG}
	 */
	void signalAgain(String name) throws IOException, InterruptedException {
		Thread.sleep(1200);
		signal(name);
	}

	/**
	 * Sends a burst of copies of one signal from a shell loop, 2ms apart, as {@code kill}
	 * on a process group, two forwarding supervisors or a {@code kill} loop deliver them.
	 * @param name the signal name without {@code SIG}
	 * @param count how many
	 */
	void signalBurst(String name, int count) throws IOException, InterruptedException {
		// 2ms apart: the kernel keeps one pending copy of a signal, so copies sent
		// faster than the JVM takes them would become one.
		String loop = "for i in $(seq " + count + "); do kill -" + name + " " + pid() + " || exit 1; sleep 0.002; done";
		Process kill = new ProcessBuilder("bash", "-c", loop).inheritIO().start();
		if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
			throw new IllegalStateException("burst of kill -" + name + " " + pid() + " failed");
		}
	}

	boolean isAlive() {
		return this.process.isAlive();
	}

	/**
	 * Waits for the process to exit.
	 * @param timeout how long to wait at most
	 * @return the exit code
	 */
	int awaitExit(Duration timeout) throws InterruptedException {
		if (!this.process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
			throw new AssertionError("pid " + pid() + " still running after " + timeout + "\n" + tail());
		}
		this.reader.join(5000);
		return this.process.exitValue();
	}

	@Override
	public void close() {
		if (this.process.isAlive()) {
			this.process.destroyForcibly();
		}
	}

}
