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

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes accepted orders to the database in batches, the way a real intake service
 * buffers writes, and tells each caller when its order's batch is written (a group
 * commit): the controller answers 201 only then, so no halt, crash or kill can lose an
 * order that was acknowledged. It stops after the web server has drained (a lower phase
 * stops later) and flushes what it holds.
 *
 * @author lifecycle-signals maintainers
 */
class OrderWriter implements SmartLifecycle {

	/**
	 * Stops after the web server's graceful shutdown phase and before the data source
	 * closes.
	 */
	static final int PHASE = 0;

	private static final Log logger = LogFactory.getLog(OrderWriter.class);

	private final LinkedBlockingQueue<Pending> pending = new LinkedBlockingQueue<>();

	private final JdbcTemplate jdbc;

	private final OrderProperties properties;

	private volatile @Nullable ScheduledExecutorService scheduler;

	private volatile boolean running;

	OrderWriter(JdbcTemplate jdbc, OrderProperties properties) {
		this.jdbc = jdbc;
		this.properties = properties;
	}

	/**
	 * Takes an order for the next batch.
	 * @param order the order
	 * @return completed once the order is in the database
	 */
	CompletableFuture<Void> accept(Order order) {
		Pending pending = new Pending(order, new CompletableFuture<>());
		this.pending.add(pending);
		if (!this.running) {
			// Stopped: nothing flushes any more, so write it now.
			flush();
		}
		return pending.written();
	}

	int pendingCount() {
		return this.pending.size();
	}

	@Override
	public void start() {
		ScheduledExecutorService scheduler = Executors
			.newSingleThreadScheduledExecutor((task) -> new Thread(task, "order-writer"));
		this.scheduler = scheduler;
		this.running = true;
		scheduleNext(scheduler);
	}

	private void scheduleNext(ScheduledExecutorService scheduler) {
		// Re-read each time: the flush interval can change on SIGHUP.
		scheduler.schedule(() -> {
			flush();
			if (this.running) {
				scheduleNext(scheduler);
			}
		}, this.properties.getFlushInterval().toMillis(), TimeUnit.MILLISECONDS);
	}

	synchronized int flush() {
		List<Pending> batch = new ArrayList<>();
		this.pending.drainTo(batch);
		if (batch.isEmpty()) {
			return 0;
		}
		try {
			this.jdbc.batchUpdate("insert into orders (id, item, quantity) values (?, ?, ?)", batch, batch.size(),
					(statement, pending) -> {
						statement.setString(1, pending.order().id());
						statement.setString(2, pending.order().item());
						statement.setInt(3, pending.order().quantity());
					});
		}
		catch (RuntimeException ex) {
			batch.forEach((pending) -> pending.written().completeExceptionally(ex));
			throw ex;
		}
		batch.forEach((pending) -> pending.written().complete(null));
		return batch.size();
	}

	@Override
	public void stop() {
		this.running = false;
		ScheduledExecutorService scheduler = this.scheduler;
		if (scheduler != null) {
			scheduler.shutdown();
			try {
				scheduler.awaitTermination(5, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		logger.info("Order writer stopped, flushed " + flush() + " pending order(s)");
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@Override
	public int getPhase() {
		return PHASE;
	}

	private record Pending(Order order, CompletableFuture<Void> written) {

	}

}
