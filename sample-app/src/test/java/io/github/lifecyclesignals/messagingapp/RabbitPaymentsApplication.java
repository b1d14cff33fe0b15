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

package io.github.lifecyclesignals.messagingapp;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.amqp.core.Queue;
import org.springframework.amqp.rabbit.annotation.RabbitListener;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

/**
 * A RabbitMQ consumer service as users write them: a {@code @RabbitListener} on a durable
 * queue, handling each message for a while and journaling it.
 */
@SpringBootApplication
public class RabbitPaymentsApplication {

	public static void main(String[] args) {
		SpringApplication.run(RabbitPaymentsApplication.class, args);
	}

	@Bean
	Queue payments() {
		return new Queue("payments", true);
	}

	@Component
	static class Payments {

		private static final Log logger = LogFactory.getLog(Payments.class);

		private final Journal journal;

		private final long handleMillis;

		Payments(@Value("${app.journal}") String journal, @Value("${app.handle-millis:20}") long handleMillis) {
			this.journal = new Journal(journal);
			this.handleMillis = handleMillis;
		}

		@RabbitListener(id = "payments", queues = "payments")
		void handle(String payment) throws InterruptedException {
			long millis = Journal.millisFor(payment, this.handleMillis);
			if (millis > this.handleMillis) {
				logger.info("Handling " + payment);
			}
			Thread.sleep(millis);
			this.journal.handled(payment, 0, 0);
		}

	}

}
