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
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import io.github.lifecyclesignals.messagingapp.RabbitPaymentsApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The messaging drain against a real RabbitMQ node (Debian's rabbitmq-server, started by
 * the test): a {@code @RabbitListener} service stopped by SIGTERM while it handles a
 * message for longer than Spring AMQP's 5 second shutdown timeout.
 */
class RabbitDrainProcessTests {

	private static Backends.Backend rabbit;

	@TempDir
	Path workDir;

	@BeforeAll
	static void startNode() throws IOException {
		rabbit = Backends.rabbitmq();
	}

	@AfterAll
	static void stopNode() throws IOException {
		if (rabbit != null) {
			rabbit.close();
		}
	}

	@Test
	void aHandlerSlowerThanRabbitsFiveSecondsFinishesAndItsMessageIsAcknowledgedOnce() throws Exception {
		Path journal = this.workDir.resolve("journal");
		purge();
		try (AppProcess app = start(journal, true)) {
			publish("slow:8000:1");
			app.awaitLog("Handling slow:8000:1", Duration.ofSeconds(30));
			app.signal("TERM");
			assertThat(app.awaitExit(Duration.ofSeconds(30))).isZero();
			assertThat(app.log()).contains("Drain ended CLEAN").contains("rabbit=done");
		}
		assertThat(Journals.read(journal).count("slow:8000:1")).isEqualTo(1);
		assertThat(messagesInQueue()).as("acknowledged, not back in the queue").isZero();
	}

	@Test
	void aHandlerStillBusyAtTheDeadlineIsNamed() throws Exception {
		purge();
		try (AppProcess app = start(this.workDir.resolve("journal"), true, "--lifecycle.drain.timeout=6s")) {
			publish("slow:30000:2");
			app.awaitLog("Handling slow:30000:2", Duration.ofSeconds(30));
			app.signal("TERM");
			assertThat(app.awaitExit(Duration.ofSeconds(30))).isEqualTo(124);
			assertThat(app.log()).doesNotContain("Drain ended CLEAN")
				.containsPattern("rabbit listener\\(s\\) \\[payments] still stopping");
		}
		// Never acknowledged: back in the queue for the next instance, as it must be.
		assertThat(messagesInQueue()).isEqualTo(1);
		purge();
	}

	private AppProcess start(Path journal, boolean starter, String... extra) throws IOException {
		List<String> args = new ArrayList<>(
				List.of("--spring.rabbitmq.host=127.0.0.1", "--spring.rabbitmq.port=" + rabbit.address(),
						"--app.journal=" + journal, "--spring.sql.init.mode=never",
						"--spring.datasource.url=jdbc:h2:mem:rabbit", "--lifecycle.drain.pre-stop-delay=1s"));
		if (!starter) {
			args.add("--lifecycle.enabled=false");
		}
		args.addAll(List.of(extra));
		return AppProcess
			.start(this.workDir, AppProcess.Stack.MESSAGING, RabbitPaymentsApplication.class,
					args.toArray(String[]::new))
			.awaitReady();
	}

	private static Connection connect() throws Exception {
		ConnectionFactory factory = new ConnectionFactory();
		factory.setHost("127.0.0.1");
		factory.setPort(Integer.parseInt(rabbit.address()));
		return factory.newConnection();
	}

	private static void publish(String message) throws Exception {
		try (Connection connection = connect(); Channel channel = connection.createChannel()) {
			channel.queueDeclare("payments", true, false, false, null);
			channel.basicPublish("", "payments", null, message.getBytes(StandardCharsets.UTF_8));
		}
	}

	private static long messagesInQueue() throws Exception {
		try (Connection connection = connect(); Channel channel = connection.createChannel()) {
			return channel.queueDeclare("payments", true, false, false, null).getMessageCount();
		}
	}

	private static void purge() throws Exception {
		try (Connection connection = connect(); Channel channel = connection.createChannel()) {
			channel.queueDeclare("payments", true, false, false, null);
			channel.queuePurge("payments");
		}
	}

}
