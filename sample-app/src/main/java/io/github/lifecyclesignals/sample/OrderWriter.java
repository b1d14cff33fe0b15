package io.github.lifecyclesignals.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes accepted orders to the database in batches, the way a real intake service buffers
 * writes. It stops after the web server has drained (a lower phase stops later) and flushes what
 * it holds, so an order that was answered 201 is never lost on a graceful stop.
 */
class OrderWriter implements SmartLifecycle {

	/** Stops after the web server's graceful shutdown phase and before the data source closes. */
	static final int PHASE = 0;

	private static final Log logger = LogFactory.getLog(OrderWriter.class);

	private final LinkedBlockingQueue<Order> pending = new LinkedBlockingQueue<>();

	private final JdbcTemplate jdbc;

	private final OrderProperties properties;

	private volatile ScheduledExecutorService scheduler;

	private volatile boolean running;

	OrderWriter(JdbcTemplate jdbc, OrderProperties properties) {
		this.jdbc = jdbc;
		this.properties = properties;
	}

	void accept(Order order) {
		this.pending.add(order);
	}

	int pendingCount() {
		return this.pending.size();
	}

	@Override
	public void start() {
		this.scheduler = Executors.newSingleThreadScheduledExecutor((task) -> new Thread(task, "order-writer"));
		scheduleNext();
		this.running = true;
	}

	private void scheduleNext() {
		// Re-read each time: the flush interval can change on SIGHUP.
		this.scheduler.schedule(() -> {
			flush();
			if (this.running) {
				scheduleNext();
			}
		}, this.properties.getFlushInterval().toMillis(), TimeUnit.MILLISECONDS);
	}

	synchronized int flush() {
		List<Order> batch = new ArrayList<>();
		this.pending.drainTo(batch);
		if (!batch.isEmpty()) {
			this.jdbc.batchUpdate("insert into orders (id, item, quantity) values (?, ?, ?)", batch, batch.size(),
					(statement, order) -> {
						statement.setString(1, order.id());
						statement.setString(2, order.item());
						statement.setInt(3, order.quantity());
					});
		}
		return batch.size();
	}

	@Override
	public void stop() {
		this.running = false;
		this.scheduler.shutdown();
		try {
			this.scheduler.awaitTermination(5, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
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

}
