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
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import com.jayway.jsonpath.DocumentContext;
import io.github.lifecyclesignals.messagingapp.KafkaOrdersApplication;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The messaging drain against a real Kafka broker (4.3.1, KRaft, started by the test):
 * {@code @KafkaListener} services stopped by SIGTERM, with and without the starter, in
 * the same run. The services journal every record they handle to files that outlive them.
 */
class KafkaDrainProcessTests {

	private static Backends.Backend kafka;

	@TempDir
	Path workDir;

	@BeforeAll
	static void startBroker() throws IOException {
		kafka = Backends.kafka();
	}

	@AfterAll
	static void stopBroker() throws IOException {
		if (kafka != null) {
			kafka.close();
		}
	}

	@Test
	void rollingRestartLosesNothingHandlesNothingTwiceAndHandsPartitionsOverQuickly() throws Exception {
		RollingRestart starter = rollingRestart("starter", true);
		figures("starter", starter);
		assertThat(starter.lost).isZero();
		assertThat(starter.handledTwiceOutsideJoins()).isEmpty();
		assertThat(starter.exitCodes).containsOnly(0);
		assertThat(starter.listenerSeenDraining).isTrue();
		assertThat(starter.longestHandoverMillis).isLessThan(2000);
	}

	@Test
	@MainLineOnly("It measures plain Spring Boot, the comparison for the starter's figures")
	void plainSpringBootRollingRestartForComparison() throws Exception {
		RollingRestart plain = rollingRestart("plain", false);
		figures("plain Spring Boot", plain);
		assertThat(plain.lost).isZero();
		assertThat(plain.exitCodes).containsOnly(143);
	}

	// Each run's figures in a file of its own, target/kafka-rolling-restart-NAME.txt.
	private static void figures(String name, RollingRestart restart) throws IOException {
		String line = "Kafka rolling restart of 2 instances, 4 partitions, 20 ms per record, " + name + ": " + restart
				+ "\n";
		Files.createDirectories(Path.of("target"));
		Files.writeString(Path.of("target", "kafka-rolling-restart-" + name.replace(' ', '-') + ".txt"), line);
		System.out.print(line);
	}

	@Test
	void aBatchLongerThanTheBudgetEndsAfterTheRecordInHandAndEachRecordIsHandledOnce() throws Exception {
		String topic = topic("batch", 1);
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			ids.add("slow:1500:" + i);
		}
		send(topic, ids);
		Path journal = this.workDir.resolve("journal");
		try (AppProcess first = start(topic, journal, true, "--lifecycle.drain.timeout=10s")) {
			first.awaitLog("Handling slow:1500:1 ", Duration.ofSeconds(60));
			first.signal("TERM");
			assertThat(first.awaitExit(Duration.ofSeconds(30))).isZero();
			assertThat(first.log()).contains("Drain ended CLEAN").contains("kafka=done");
		}
		try (AppProcess second = start(topic, journal, true)) {
			await().atMost(Duration.ofSeconds(60))
				.pollInterval(Duration.ofMillis(200))
				.until(() -> Journals.read(journal).handled().containsAll(ids));
			second.signal("TERM");
			assertThat(second.awaitExit(Duration.ofSeconds(30))).isZero();
		}
		assertThat(Journals.read(journal).handledTwice()).isEmpty();
	}

	@MainLineOnly("Naming a container is the starter's own report over the container state that every line's rolling restart reads")
	@Test
	void aContainerStillFinishingItsBatchAtTheEndIsNamedAndTheDrainIsNotClean() throws Exception {
		String topic = topic("stuck", 1);
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			ids.add("slow:1500:" + i);
		}
		send(topic, ids);
		// The user kept Spring Kafka's default: the container finishes the whole poll,
		// 18 s of records, longer than the drain's budget allows its phase.
		try (AppProcess app = start(topic, this.workDir.resolve("journal"), true, "--lifecycle.drain.timeout=10s",
				"--spring.kafka.listener.immediate-stop=false")) {
			app.awaitLog("Handling slow:1500:1 ", Duration.ofSeconds(60));
			app.signal("TERM");
			assertThat(app.awaitExit(Duration.ofSeconds(30))).isEqualTo(124);
			assertThat(app.log()).doesNotContain("Drain ended CLEAN")
				.containsPattern("Drain abandoned 1 participant\\(s\\): \\[participant 'kafka' \\(1 in flight: kafka"
						+ " listener\\(s\\) \\[orders] still stopping\\)]");
		}
	}

	@MainLineOnly("Skipping the wait and the summary are the starter's own escalation and report; Spring Kafka's stop runs on every line")
	@Test
	void aSecondSignalSkipsTheWaitForAListenerAndTheSummarySaysWhatWasLeft() throws Exception {
		String topic = topic("escalate", 1);
		send(topic, List.of("slow:20000:0"));
		try (AppProcess app = start(topic, this.workDir.resolve("journal"), true, "--lifecycle.drain.timeout=60s")) {
			app.awaitLog("Handling slow:20000:0", Duration.ofSeconds(60));
			app.signal("TERM");
			app.awaitLog("Drain: stopping 1 kafka listener container", Duration.ofSeconds(10));
			DocumentContext lifecycle = SampleApi.lifecycle(app);
			assertThat(lifecycle.read("$.messaging.containers[?(@.id == 'orders')].state", List.class))
				.containsExactly("stopping");
			app.signalAgain("TERM");
			assertThat(app.awaitExit(Duration.ofSeconds(30))).isEqualTo(124);
			assertThat(app.log()).contains("Drain ended ESCALATED")
				.containsPattern(
						"Drain abandoned .*participant 'kafka' \\(1 in flight: kafka listener\\(s\\) \\[orders]");
		}
	}

	// What the README advises for a fast handover: a remaining member notices a member
	// that left at its next heartbeat, and cooperative assignment moves only the
	// partitions that member had.
	private static final String[] HANDOVER_SETTINGS = { "--spring.kafka.consumer.heartbeat-interval=500ms",
			"--spring.kafka.consumer.properties.partition.assignment.strategy="
					+ "org.apache.kafka.clients.consumer.CooperativeStickyAssignor" };

	private RollingRestart rollingRestart(String name, boolean starter) throws Exception {
		String topic = topic("rolling-" + name, 4);
		Path journal = this.workDir.resolve("journal-" + name);
		RollingRestart result = new RollingRestart();
		AtomicBoolean producing = new AtomicBoolean(true);
		AtomicInteger produced = new AtomicInteger();
		Thread producer = new Thread(() -> produce(topic, producing, produced), "producer-" + name);
		AppProcess a = start(topic, journal, starter, HANDOVER_SETTINGS);
		AppProcess b = start(topic, journal, starter, HANDOVER_SETTINGS);
		try {
			// A consumer stopped while its group rebalances cannot commit: Kafka
			// calls its partitions lost, and their next owner handles again what
			// was not committed, with or without the starter (seen in CI when an
			// instance got SIGTERM during the join of the one restarted before).
			// A rollout waits until a replacement owns partitions
			// (docs/drain.adoc), and so does this test.
			awaitSettled(topic);
			producer.start();
			awaitHandlingBy(journal, a, b);
			for (int i = 0; i < 2; i++) {
				AppProcess stopping = (i == 0) ? a : b;
				stopping.signal("TERM");
				if (starter) {
					result.listenerSeenDraining |= listenerSeenDraining(stopping);
				}
				result.exitCodes.add(stopping.awaitExit(Duration.ofSeconds(60)));
				stopping.close();
				long joining = System.currentTimeMillis();
				AppProcess restarted = start(topic, journal, starter, HANDOVER_SETTINGS);
				if (i == 0) {
					a = restarted;
				}
				else {
					b = restarted;
				}
				awaitHandlingBy(journal, restarted);
				awaitSettled(topic);
				result.joins.add(new Journals.Window(joining, System.currentTimeMillis()));
			}
			producing.set(false);
			producer.join(10_000);
			int sent = produced.get();
			await().atMost(Duration.ofSeconds(60))
				.pollInterval(Duration.ofMillis(200))
				.until(() -> Journals.read(journal).handled().size() >= sent);
			for (AppProcess app : List.of(a, b)) {
				app.signal("TERM");
				result.exitCodes.add(app.awaitExit(Duration.ofSeconds(60)));
			}
			Journals journals = Journals.read(journal);
			result.produced = sent;
			result.lost = sent - journals.handled().size();
			result.handledTwice = journals.handledTwice();
			result.handledTwiceFirstInAJoin = result.handledTwice.stream()
				.filter((id) -> result.joins.stream().anyMatch((join) -> join.contains(journals.first(id).millis())))
				.toList();
			result.longestHandoverMillis = journals.longestHandover();
			result.handovers = journals.handovers();
			return result;
		}
		finally {
			producing.set(false);
			a.close();
			b.close();
		}
	}

	private static boolean listenerSeenDraining(AppProcess app) {
		try {
			await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(20)).ignoreExceptions().until(() -> {
				DocumentContext lifecycle = SampleApi.lifecycle(app);
				List<?> states = lifecycle.read("$.messaging.containers[?(@.id == 'orders')].state", List.class);
				return lifecycle.read("$.drain.step", String.class) != null && !states.isEmpty()
						&& List.of("stopping", "stopped").contains(states.get(0));
			});
			return true;
		}
		catch (org.awaitility.core.ConditionTimeoutException ex) {
			return false;
		}
	}

	/**
	 * Waits until the group has settled: each of the two instances' four consumers owns
	 * one of the topic's four partitions (between the two rounds of a cooperative
	 * rebalance a joining member owns none).
	 * @param topic the topic, also the group's id
	 */
	private static void awaitSettled(String topic) {
		try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.address()))) {
			await("group " + topic + " settled").atMost(Duration.ofSeconds(60))
				.pollInterval(Duration.ofMillis(200))
				.until(() -> {
					ConsumerGroupDescription group = admin.describeConsumerGroups(List.of(topic))
						.describedGroups()
						.get(topic)
						.get();
					return group.members().size() == 4 && group.members()
						.stream()
						.allMatch((member) -> member.assignment().topicPartitions().size() == 1);
				});
		}
	}

	private static void awaitHandlingBy(Path journal, AppProcess... apps) {
		for (AppProcess app : apps) {
			await("records handled by pid " + app.pid()).atMost(Duration.ofSeconds(90))
				.pollInterval(Duration.ofMillis(100))
				.failFast("process exited:\n" + app.tail(), () -> !app.isAlive())
				.until(() -> Journals.read(journal).lines().stream().anyMatch((line) -> line.pid() == app.pid()));
		}
	}

	private AppProcess start(String topic, Path journal, boolean starter, String... extra) throws IOException {
		List<String> args = new ArrayList<>(List.of("--spring.kafka.bootstrap-servers=" + kafka.address(),
				"--spring.kafka.consumer.group-id=" + topic, "--spring.kafka.consumer.auto-offset-reset=earliest",
				"--app.topic=" + topic, "--app.journal=" + journal, "--spring.sql.init.mode=never",
				"--spring.datasource.url=jdbc:h2:mem:kafka", "--lifecycle.drain.pre-stop-delay=1s"));
		if (!starter) {
			args.add("--lifecycle.enabled=false");
		}
		args.addAll(List.of(extra));
		AppProcess app = AppProcess.start(this.workDir, AppProcess.Stack.MESSAGING, KafkaOrdersApplication.class,
				args.toArray(String[]::new));
		return app.awaitReady();
	}

	private static String topic(String name, int partitions) throws Exception {
		String topic = name + "-" + System.nanoTime();
		try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.address()))) {
			admin.createTopics(List.of(new NewTopic(topic, partitions, (short) 1))).all().get();
		}
		return topic;
	}

	private static void send(String topic, List<String> ids) {
		try (KafkaProducer<String, String> producer = producer()) {
			ids.forEach((id) -> producer.send(new ProducerRecord<>(topic, id, id)));
			producer.flush();
		}
	}

	private static void produce(String topic, AtomicBoolean producing, AtomicInteger produced) {
		try (KafkaProducer<String, String> producer = producer()) {
			while (producing.get()) {
				String id = Integer.toString(produced.get());
				producer.send(new ProducerRecord<>(topic, id, id)).get();
				produced.incrementAndGet();
				Thread.sleep(10);
			}
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static KafkaProducer<String, String> producer() {
		Properties properties = new Properties();
		properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.address());
		properties.put(ProducerConfig.ACKS_CONFIG, "all");
		return new KafkaProducer<>(properties, new StringSerializer(), new StringSerializer());
	}

	/**
	 * What one rolling restart showed.
	 */
	static final class RollingRestart {

		int produced;

		int lost;

		List<String> handledTwice = List.of();

		/**
		 * Records handled twice whose first handling fell in a replacement's join, from
		 * its start until the group settled, when no instance was stopping: the join's
		 * rebalance fails the members' commits, and a partition it moves is handled again
		 * from its last commit, with or without the starter (docs/drain.adoc).
		 */
		List<String> handledTwiceFirstInAJoin = List.of();

		/** From a replacement's start until its group settled, one per restart. */
		final List<Journals.Window> joins = new ArrayList<>();

		long longestHandoverMillis;

		final List<Integer> exitCodes = new ArrayList<>();

		boolean listenerSeenDraining;

		/**
		 * What a drain could have caused: records handled twice whose first handling was
		 * not during a replacement's join.
		 * @return their ids
		 */
		List<String> handledTwiceOutsideJoins() {
			return this.handledTwice.stream().filter((id) -> !this.handledTwiceFirstInAJoin.contains(id)).toList();
		}

		List<Journals.Handover> handovers = List.of();

		@Override
		public String toString() {
			return this.produced + " records, " + this.lost + " lost, " + this.handledTwice.size() + " handled twice ("
					+ this.handledTwiceFirstInAJoin.size()
					+ " first handled during a replacement's join, before any stop), longest partition handover "
					+ this.longestHandoverMillis + " ms, exit codes " + this.exitCodes + ", handovers "
					+ this.handovers;
		}

	}

}
