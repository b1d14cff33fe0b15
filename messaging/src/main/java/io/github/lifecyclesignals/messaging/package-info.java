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

/**
 * What happens to message listeners on SIGTERM: Kafka and RabbitMQ listener containers
 * stop consuming, finish the message in hand, commit and close, concurrently with the web
 * drain and within its one budget.
 * <p>
 * Glossary: <b>ListenerContainersDrain</b> is one broker's containers as a drain
 * participant; <b>KafkaContainers</b> and <b>RabbitContainers</b> find them and stop each
 * after the message in hand (a
 * {@link io.github.lifecyclesignals.messaging.ListenerContainer});
 * <b>KafkaImmediateStop</b> sets Kafka's stop-after-the-record before the containers
 * start; <b>MessagingProperties</b> (API) says when they stop consuming, and
 * <b>MessagingDescription</b> (API) is what the endpoint shows.
 */
@NullMarked
package io.github.lifecyclesignals.messaging;

import org.jspecify.annotations.NullMarked;
