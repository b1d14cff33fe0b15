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

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Settings an operator tunes at run time: edit {@code config/application.yml}, then
 * {@code kill -HUP} the process.
 *
 * @author lifecycle-signals maintainers
 */
@ConfigurationProperties("orders")
@Validated
public class OrderProperties {

	/**
	 * Largest quantity accepted in one order.
	 */
	@Min(1)
	@Max(10000)
	private int maxQuantity = 100;

	/**
	 * Message returned with every accepted order.
	 */
	@NotBlank
	private String acceptedMessage = "Thank you for your order";

	/**
	 * How long accepted orders may wait in memory before the writer flushes them to the
	 * database.
	 */
	private Duration flushInterval = Duration.ofMillis(200);

	public int getMaxQuantity() {
		return this.maxQuantity;
	}

	public void setMaxQuantity(int maxQuantity) {
		this.maxQuantity = maxQuantity;
	}

	public String getAcceptedMessage() {
		return this.acceptedMessage;
	}

	public void setAcceptedMessage(String acceptedMessage) {
		this.acceptedMessage = acceptedMessage;
	}

	public Duration getFlushInterval() {
		return this.flushInterval;
	}

	public void setFlushInterval(Duration flushInterval) {
		this.flushInterval = flushInterval;
	}

}
