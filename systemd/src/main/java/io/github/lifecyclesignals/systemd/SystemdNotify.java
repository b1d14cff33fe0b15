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

package io.github.lifecyclesignals.systemd;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import io.github.lifecyclesignals.drain.DrainDescription;
import io.github.lifecyclesignals.drain.DrainStartedEvent;
import io.github.lifecyclesignals.internal.DrainReport;
import io.github.lifecyclesignals.internal.Durations;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.newsclub.net.unix.AFUNIXSocket;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.LivenessState;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.SmartApplicationListener;
import org.springframework.core.Ordered;

/**
 * Speaks systemd's notify protocol ({@code sd_notify(3)}) for a {@code Type=notify} or
 * {@code Type=notify-reload} unit: {@code READY=1} once the application accepts traffic;
 * {@code RELOADING=1} with {@code MONOTONIC_USEC} when a refresh starts and
 * {@code READY=1} with its outcome when it ends, so that {@code systemctl reload} returns
 * when the reload has happened; {@code STOPPING=1} when a drain or a close starts, then
 * every second {@code EXTEND_TIMEOUT_USEC} (never past the drain's budget) with the
 * drain's progress; the drain's summary as the last {@code STATUS}; and
 * {@code WATCHDOG=1} at half the watchdog interval while liveness is {@code CORRECT}.
 * <p>
 * Silent when {@code NOTIFY_SOCKET} is not set, so that the same jar runs anywhere.
 *
 * @author lifecycle-signals maintainers
 * @since 0.1.0
 */
final class SystemdNotify implements SmartApplicationListener, DrainReport, DisposableBean {

	/** The scheduling thread's name. */
	static final String THREAD_NAME = "lifecycle-systemd";

	/** How often a drain's progress is reported and systemd's stop timeout extended. */
	static final Duration PROGRESS_INTERVAL = Duration.ofSeconds(1);

	// Each extension reaches this far past the budget's end, so that the drain can still
	// end and report after the budget; systemd's own timeout applies after that.
	private static final Duration EXTENSION_MARGIN = Duration.ofSeconds(3);

	// systemd ignores a message of 4096 bytes or more, and with it the READY=1 it
	// carries.
	private static final int MAX_STATUS_LENGTH = 1024;

	private static final Log logger = LogFactory.getLog(SystemdNotify.class);

	private final ApplicationContext context;

	private final @Nullable NotifySocket socket;

	private final @Nullable Duration watchdogInterval;

	private final Supplier<@Nullable DrainDescription> drain;

	private final Supplier<@Nullable LivenessState> liveness;

	private final ScheduledExecutorService scheduler;

	private boolean ready;

	private boolean reloading;

	private boolean stopping;

	private boolean ended;

	private boolean failedOnce;

	private @Nullable ScheduledFuture<?> progress;

	SystemdNotify(ApplicationContext context, @Nullable NotifySocket socket, @Nullable Duration watchdogInterval,
			Supplier<@Nullable DrainDescription> drain, Supplier<@Nullable LivenessState> liveness) {
		this.context = context;
		this.socket = socket;
		this.watchdogInterval = watchdogInterval;
		this.drain = drain;
		this.liveness = liveness;
		this.scheduler = Executors.newSingleThreadScheduledExecutor((runnable) -> {
			Thread thread = new Thread(runnable, THREAD_NAME);
			thread.setDaemon(true);
			return thread;
		});
	}

	/**
	 * Creates the notifier for the service manager that started this process, as its
	 * environment says.
	 * @param context the application's context
	 * @param notifySocket the value of {@code NOTIFY_SOCKET}; without one, the notifier
	 * does nothing
	 * @param watchdogUsec the value of {@code WATCHDOG_USEC}, if set
	 * @param watchdogPid the value of {@code WATCHDOG_PID}, if set
	 * @param drain the drain's status, if draining is on
	 * @param liveness the application's liveness
	 * @return the notifier
	 * @throws IOException if the socket's address is not valid
	 */
	static SystemdNotify create(ApplicationContext context, @Nullable String notifySocket,
			@Nullable String watchdogUsec, @Nullable String watchdogPid, Supplier<@Nullable DrainDescription> drain,
			Supplier<@Nullable LivenessState> liveness) throws IOException {
		if (notifySocket == null || notifySocket.isBlank()) {
			return inactive(context);
		}
		if (!AFUNIXSocket.isSupported()) {
			logger.warn("NOTIFY_SOCKET is set, but junixsocket has no native library for this platform;"
					+ " systemd is not notified");
			return inactive(context);
		}
		return new SystemdNotify(context, UnixDatagramNotifySocket.of(notifySocket),
				watchdogInterval(watchdogUsec, watchdogPid), drain, liveness);
	}

	/**
	 * A notifier that sends nothing, for a process systemd does not listen to.
	 * @param context the application's context
	 * @return the notifier
	 */
	static SystemdNotify inactive(ApplicationContext context) {
		return new SystemdNotify(context, null, null, () -> null, () -> null);
	}

	// Half the interval systemd expects pings in, as sd_watchdog_enabled(3) advises; none
	// when the watchdog is meant for another process.
	static @Nullable Duration watchdogInterval(@Nullable String usec, @Nullable String pid) {
		if (usec == null || usec.isBlank()) {
			return null;
		}
		if (pid != null && !pid.isBlank() && !pid.trim().equals(String.valueOf(ProcessHandle.current().pid()))) {
			return null;
		}
		try {
			long micros = Long.parseLong(usec.trim());
			return (micros > 0) ? Duration.ofNanos(micros * 1000 / 2) : null;
		}
		catch (NumberFormatException ex) {
			logger.warn("WATCHDOG_USEC is not a number of microseconds; not sending watchdog pings");
			return null;
		}
	}

	@Override
	public int getOrder() {
		// First, so that a listener that throws cannot keep systemd waiting.
		return Ordered.HIGHEST_PRECEDENCE;
	}

	@Override
	public boolean supportsEventType(Class<? extends ApplicationEvent> eventType) {
		return AvailabilityChangeEvent.class.isAssignableFrom(eventType)
				|| DrainStartedEvent.class.isAssignableFrom(eventType)
				|| ContextClosedEvent.class.isAssignableFrom(eventType);
	}

	/**
	 * Whether systemd is listening: {@code NOTIFY_SOCKET} is set.
	 * @return whether notifications are sent
	 */
	boolean isActive() {
		return this.socket != null;
	}

	@Override
	public void onApplicationEvent(ApplicationEvent event) {
		if (!isActive()) {
			return;
		}
		if (event instanceof AvailabilityChangeEvent<?> change && change.getSource() == this.context
				&& change.getState() == ReadinessState.ACCEPTING_TRAFFIC) {
			accepting();
		}
		else if (event instanceof DrainStartedEvent started && started.getApplicationContext() == this.context) {
			stopping("Draining (trigger " + started.getTrigger() + ")", true);
		}
		else if (event instanceof ContextClosedEvent closed && closed.getApplicationContext() == this.context) {
			stopping("Stopping", false);
		}
	}

	private synchronized void accepting() {
		if (this.ready || this.stopping) {
			return;
		}
		this.ready = true;
		send("READY=1\nSTATUS=Accepting traffic");
		Duration watchdog = this.watchdogInterval;
		if (watchdog != null) {
			this.scheduler.scheduleAtFixedRate(this::watchdog, 0, watchdog.toNanos(), TimeUnit.NANOSECONDS);
		}
	}

	/**
	 * A configuration refresh has started.
	 * @param trigger what asked for it
	 */
	synchronized void reloading(String trigger) {
		if (!isActive() || !this.ready || this.stopping) {
			return;
		}
		this.reloading = true;
		// systemd takes a reload as started only with a CLOCK_MONOTONIC time no earlier
		// than its own request; System.nanoTime() reads that clock on Linux.
		send("RELOADING=1\nMONOTONIC_USEC=" + TimeUnit.NANOSECONDS.toMicros(System.nanoTime())
				+ "\nSTATUS=Reloading configuration (trigger " + trigger + ")");
	}

	/**
	 * A configuration refresh has ended.
	 * @param outcome how it ended, for example {@code APPLIED}
	 * @param trigger what asked for it
	 * @param changed how many keys changed
	 * @param reason why it was not applied, if it was not
	 */
	synchronized void reloaded(String outcome, String trigger, int changed, @Nullable String reason) {
		if (!isActive() || !this.reloading || this.stopping) {
			return;
		}
		this.reloading = false;
		StringBuilder status = new StringBuilder("Configuration refresh ").append(outcome)
			.append(" (trigger ")
			.append(trigger)
			.append(", ")
			.append(changed)
			.append((changed == 1) ? " changed key)" : " changed keys)");
		if (reason != null) {
			status.append(": ").append(reason);
		}
		send("READY=1\nSTATUS=" + status(status.toString()));
	}

	private synchronized void stopping(String status, boolean draining) {
		if (this.stopping) {
			return;
		}
		this.stopping = true;
		send("STOPPING=1\nSTATUS=" + status(status));
		if (draining) {
			this.progress = this.scheduler.scheduleAtFixedRate(this::progress, 0, PROGRESS_INTERVAL.toMillis(),
					TimeUnit.MILLISECONDS);
		}
	}

	private void progress() {
		DrainDescription drain = this.drain.get();
		Long timeLeftMillis = (drain != null) ? drain.timeLeftMillis() : null;
		if (drain == null || timeLeftMillis == null || drain.result() != null) {
			return;
		}
		Duration timeLeft = Duration.ofMillis(timeLeftMillis);
		Duration extension = timeLeft.plus(EXTENSION_MARGIN);
		String message = "EXTEND_TIMEOUT_USEC=" + TimeUnit.NANOSECONDS.toMicros(extension.toNanos())
				+ "\nSTATUS=Draining: " + drain.step() + ", " + drain.inFlight() + " in flight, "
				+ Durations.format(timeLeft) + " left";
		// The description is taken outside the lock, the drain's end is checked with it
		// held: no progress after the summary.
		synchronized (this) {
			if (!this.ended) {
				send(message);
			}
		}
	}

	private synchronized void watchdog() {
		// A broken application stops pinging, so that systemd restarts it. Without an
		// availability bean nothing can say it is broken.
		LivenessState liveness = this.liveness.get();
		if (!this.ended && (liveness == null || liveness == LivenessState.CORRECT)) {
			send("WATCHDOG=1");
		}
	}

	@Override
	public synchronized void ended(String summary, List<String> abandoned) {
		if (!isActive()) {
			return;
		}
		this.ended = true;
		this.scheduler.shutdownNow();
		send("STATUS=" + status(summary));
	}

	@Override
	public synchronized void destroy() {
		// Not while a drain runs: its close step destroys the beans and goes on after
		// that, still reporting its progress; ended() stops it.
		if (this.progress == null) {
			this.scheduler.shutdownNow();
		}
	}

	// One line: a newline would start another assignment.
	private static String status(String text) {
		String line = text.replace('\r', ' ').replace('\n', ' ');
		return (line.length() > MAX_STATUS_LENGTH) ? line.substring(0, MAX_STATUS_LENGTH - 3) + "..." : line;
	}

	private synchronized void send(String message) {
		NotifySocket socket = this.socket;
		if (socket == null) {
			return;
		}
		try {
			socket.send(message);
			if (logger.isDebugEnabled()) {
				logger.debug("Told systemd: " + message.replace('\n', ' '));
			}
		}
		catch (IOException | RuntimeException | LinkageError ex) {
			if (!this.failedOnce) {
				this.failedOnce = true;
				logger.warn("Could not notify systemd through NOTIFY_SOCKET (" + ex + "); further failures are"
						+ " logged at DEBUG");
			}
			else {
				logger.debug("Could not notify systemd", ex);
			}
		}
	}

}
