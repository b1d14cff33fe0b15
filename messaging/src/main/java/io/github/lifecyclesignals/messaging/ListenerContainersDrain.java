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

package io.github.lifecyclesignals.messaging;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import io.github.lifecyclesignals.drain.DrainParticipant;
import io.github.lifecyclesignals.drain.DrainStartedEvent;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationListener;

/**
 * One broker's listener containers as a drain participant: they stop consuming when the
 * drain starts (or when the pre-stop delay ends), all at once, each finishing the message
 * in hand, and are awaited with the web server's graceful shutdown under the one budget,
 * rather than one lifecycle phase after another. Spring's own stop of them at the close
 * then finds them stopped. One still stopping when the wait ends is named, like a request
 * left in flight.
 *
 * @author lifecycle-signals maintainers
 */
final class ListenerContainersDrain implements DrainParticipant, ApplicationListener<DrainStartedEvent> {

	private static final Log logger = LogFactory.getLog(ListenerContainersDrain.class);

	private final String broker;

	private final ApplicationContext context;

	private final Supplier<List<ListenerContainer>> containers;

	private final MessagingProperties.StopConsuming stopConsuming;

	private final Supplier<Duration> timeLeft;

	private volatile @Nullable List<ContainerStop> stops;

	ListenerContainersDrain(String broker, ApplicationContext context, Supplier<List<ListenerContainer>> containers,
			MessagingProperties.StopConsuming stopConsuming, Supplier<Duration> timeLeft) {
		this.broker = broker;
		this.context = context;
		this.containers = containers;
		this.stopConsuming = stopConsuming;
		this.timeLeft = timeLeft;
	}

	@Override
	public void onApplicationEvent(DrainStartedEvent event) {
		if (event.getApplicationContext() == this.context
				&& this.stopConsuming == MessagingProperties.StopConsuming.AT_SIGNAL) {
			// Listeners of the drain's start run on the signal's thread: nothing slow
			// there.
			Thread thread = new Thread(this::stopAll, "lifecycle-messaging-" + this.broker);
			thread.setDaemon(true);
			thread.start();
		}
	}

	@Override
	public void drain() {
		stopAll();
	}

	private void stopAll() {
		List<ContainerStop> started = new ArrayList<>();
		synchronized (this) {
			if (this.stops != null) {
				return;
			}
			for (ListenerContainer container : this.containers.get()) {
				started.add(new ContainerStop(container));
			}
			this.stops = List.copyOf(started);
		}
		if (started.isEmpty()) {
			return;
		}
		Duration timeLeft = this.timeLeft.get();
		logger.info("Drain: stopping " + started.size() + " " + this.broker + " listener container(s) "
				+ started.stream().map(ContainerStop::id).toList() + " after the message in hand");
		started.forEach((stop) -> stop.start(timeLeft));
	}

	@Override
	public int inFlight() {
		List<ContainerStop> stops = this.stops;
		if (stops == null) {
			return (int) this.containers.get().stream().filter(ListenerContainer::isRunning).count();
		}
		return (int) stops.stream().filter((stop) -> !stop.isDone()).count();
	}

	@Override
	public @Nullable String describeInFlight() {
		List<ContainerStop> stops = this.stops;
		if (stops == null) {
			return null;
		}
		List<String> stopping = stops.stream().filter((stop) -> !stop.isDone()).map(ContainerStop::id).toList();
		return stopping.isEmpty() ? null : this.broker + " listener(s) " + stopping + " still stopping";
	}

	@Override
	public String participantName() {
		return this.broker;
	}

	/**
	 * The containers now, for the endpoint.
	 * @return one entry per container
	 */
	List<MessagingDescription.Container> describe() {
		List<ContainerStop> stops = this.stops;
		List<MessagingDescription.Container> described = new ArrayList<>();
		if (stops == null) {
			for (ListenerContainer container : this.containers.get()) {
				described.add(new MessagingDescription.Container(this.broker, container.id(),
						!container.isRunning() ? "stopped" : (container.isPaused() ? "paused" : "running"), null));
			}
		}
		else {
			for (ContainerStop stop : stops) {
				described.add(new MessagingDescription.Container(this.broker, stop.id(),
						stop.isDone() ? "stopped" : "stopping", stop.tookMillis()));
			}
		}
		return described;
	}

	/**
	 * One container's stop, from the request until it says it is done.
	 */
	private static final class ContainerStop {

		private final ListenerContainer container;

		private final String id;

		private volatile long startNanos;

		private volatile long doneNanos;

		private volatile boolean done;

		ContainerStop(ListenerContainer container) {
			this.container = container;
			this.id = container.id();
		}

		void start(Duration timeLeft) {
			this.startNanos = System.nanoTime();
			try {
				this.container.stop(timeLeft, this::stopped);
			}
			catch (RuntimeException ex) {
				logger.warn("Drain: stopping " + this.container.broker() + " listener '" + this.id + "' failed ("
						+ ex.getClass().getSimpleName() + ")");
				stopped();
			}
		}

		private void stopped() {
			this.doneNanos = System.nanoTime();
			this.done = true;
		}

		String id() {
			return this.id;
		}

		boolean isDone() {
			return this.done;
		}

		@Nullable Long tookMillis() {
			return this.done ? Duration.ofNanos(this.doneNanos - this.startNanos).toMillis() : null;
		}

	}

}
