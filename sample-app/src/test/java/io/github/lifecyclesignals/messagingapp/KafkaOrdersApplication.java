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
import org.apache.kafka.clients.consumer.ConsumerRecord;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * A Kafka consumer service as users write them: a {@code @KafkaListener} with two
 * consumers on one topic, handling each record for a while and journaling it.
 */
@SpringBootApplication
public class KafkaOrdersApplication {

	public static void main(String[] args) {
		SpringApplication.run(KafkaOrdersApplication.class, args);
	}

	@Component
	static class Orders {

		private static final Log logger = LogFactory.getLog(Orders.class);

		private final Journal journal;

		private final long handleMillis;

		Orders(@Value("${app.journal}") String journal, @Value("${app.handle-millis:20}") long handleMillis) {
			this.journal = new Journal(journal);
			this.handleMillis = handleMillis;
		}

		@KafkaListener(id = "orders", groupId = "${spring.kafka.consumer.group-id:orders}",
				topics = "${app.topic:orders}", concurrency = "${app.concurrency:2}")
		void handle(ConsumerRecord<String, String> record) throws InterruptedException {
			long millis = Journal.millisFor(record.value(), this.handleMillis);
			if (millis > this.handleMillis) {
				logger.info("Handling " + record.value() + " from partition " + record.partition());
			}
			Thread.sleep(millis);
			this.journal.handled(record.value(), record.partition(), record.offset());
		}

	}

}
