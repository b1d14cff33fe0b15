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
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The order-intake API.
 *
 * @author lifecycle-signals maintainers
 */
@RestController
class OrderController {

	private static final Log logger = LogFactory.getLog(OrderController.class);

	/** How long an order may wait for its batch to be written before it is refused. */
	private static final Duration WRITE_TIMEOUT = Duration.ofSeconds(10);

	private final OrderWriter writer;

	private final OrderProperties properties;

	private final JdbcTemplate jdbc;

	private final OrderFeed feed;

	OrderController(OrderWriter writer, OrderProperties properties, JdbcTemplate jdbc, OrderFeed feed) {
		this.writer = writer;
		this.properties = properties;
		this.jdbc = jdbc;
		this.feed = feed;
	}

	/**
	 * Accepts an order. {@code processingMillis} simulates slow downstream work (a
	 * payment check), so that a drain can be watched with a request in flight.
	 * @param request the order
	 * @param processingMillis how long to pretend to work on it
	 * @return 201 with the order id once it is stored, 422 above the maximum quantity, or
	 * 503 when it could not be stored
	 * @throws InterruptedException if the server stops while it works
	 */
	@PostMapping("/orders")
	ResponseEntity<Map<String, Object>> place(@Valid @RequestBody OrderRequest request,
			@RequestParam(defaultValue = "0") long processingMillis) throws InterruptedException {
		if (request.quantity() > this.properties.getMaxQuantity()) {
			return ResponseEntity.unprocessableEntity()
				.body(Map.of("error", "quantity above " + this.properties.getMaxQuantity()));
		}
		String id = (request.id() != null) ? request.id() : UUID.randomUUID().toString();
		if (processingMillis > 0) {
			logger.info("Processing order " + id + " for " + processingMillis + "ms");
			Thread.sleep(processingMillis);
		}
		Order order = new Order(id, request.item(), request.quantity());
		try {
			// Acknowledged only once written: a halt must not lose an order answered 201.
			this.writer.accept(order).get(WRITE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (ExecutionException | TimeoutException ex) {
			logger.warn("Order " + id + " not stored: " + ex.getClass().getSimpleName());
			return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body(Map.of("error", "order not stored"));
		}
		this.feed.accepted(order);
		logger.debug("Order " + id + " accepted");
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(Map.of("id", id, "message", this.properties.getAcceptedMessage()));
	}

	@GetMapping("/orders/{id}")
	ResponseEntity<Map<String, Object>> find(@PathVariable String id) {
		return this.jdbc
			.query("select id, item, quantity from orders where id = ?",
					(rs, row) -> Map.<String, Object>of("id", rs.getString(1), "item", rs.getString(2), "quantity",
							rs.getInt(3)),
					id)
			.stream()
			.findFirst()
			.map(ResponseEntity::ok)
			.orElse(ResponseEntity.notFound().build());
	}

	@GetMapping("/orders/count")
	Map<String, Object> count() {
		Integer stored = this.jdbc.queryForObject("select count(*) from orders", Integer.class);
		return Map.of("stored", (stored != null) ? stored : 0, "pending", this.writer.pendingCount());
	}

	/**
	 * The live tunable settings, so that a refresh can be seen from outside.
	 * @return the settings by name
	 */
	@GetMapping("/settings")
	Map<String, Object> settings() {
		return Map.of("maxQuantity", this.properties.getMaxQuantity(), "acceptedMessage",
				this.properties.getAcceptedMessage(), "flushInterval", this.properties.getFlushInterval().toString());
	}

	/**
	 * An order as posted.
	 *
	 * @param id optional client-chosen id, to make retries idempotent
	 * @param item what is ordered
	 * @param quantity how many
	 */
	record OrderRequest(@Nullable String id, @NotBlank String item, @Min(1) int quantity) {

	}

}
