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

package io.github.lifecyclesignals.connection;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationEventPublisher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Tests for {@link LongLivedConnections}.
 */
@ExtendWith(OutputCaptureExtension.class)
class LongLivedConnectionsTests {

	private static final Duration WAIT = Duration.ofSeconds(10);

	private final List<ConnectionsClosingEvent> events = new CopyOnWriteArrayList<>();

	private final ApplicationEventPublisher publisher = (event) -> this.events.add((ConnectionsClosingEvent) event);

	@Test
	void openConnectionsAreCountedByKindUntilTheyClose() {
		LongLivedConnections connections = new LongLivedConnections(Duration.ZERO, this.publisher);
		OpenConnection stream = open(connections, ConnectionKind.STREAM, new FakeClient());
		OpenConnection webSocket = open(connections, ConnectionKind.WEBSOCKET, new FakeClient());
		open(connections, ConnectionKind.WEBSOCKET, new FakeClient());
		assertThat(connections.count(ConnectionKind.STREAM)).isOne();
		assertThat(connections.count(ConnectionKind.WEBSOCKET)).isEqualTo(2);
		assertThat(connections.inFlight()).isEqualTo(3);
		stream.closed();
		webSocket.closed();
		assertThat(connections.count(ConnectionKind.STREAM)).isZero();
		assertThat(connections.count(ConnectionKind.WEBSOCKET)).isOne();
		assertThat(connections.inFlight()).isOne();
	}

	@Test
	void connectionReportedClosedTwiceLeavesTheOthersAlone() {
		LongLivedConnections connections = new LongLivedConnections(Duration.ZERO, this.publisher);
		OpenConnection first = open(connections, ConnectionKind.STREAM, new FakeClient());
		open(connections, ConnectionKind.STREAM, new FakeClient());
		first.closed();
		first.closed();
		assertThat(connections.count(ConnectionKind.STREAM)).isOne();
	}

	@Test
	void descriptionShowsTheCountsWhetherClosingAndTheSpread() {
		LongLivedConnections connections = new LongLivedConnections(Duration.ofMillis(200), this.publisher);
		assertThat(connections.describe()).isEqualTo(new ConnectionsDescription(0, 0, false, 200));
		open(connections, ConnectionKind.STREAM, new FakeClient());
		open(connections, ConnectionKind.WEBSOCKET, new FakeClient());
		open(connections, ConnectionKind.WEBSOCKET, new FakeClient());
		assertThat(connections.describe()).isEqualTo(new ConnectionsDescription(1, 2, false, 200));
		connections.drain();
		assertThat(connections.describe().closing()).isTrue();
	}

	@Test
	void workInFlightIsDescribedByKindForTheDrain() {
		LongLivedConnections connections = new LongLivedConnections(Duration.ZERO, this.publisher);
		assertThat(connections.participantName()).isEqualTo("connections").isEqualTo(LongLivedConnections.NAME);
		assertThat(connections.describeInFlight()).isEqualTo("0 stream(s), 0 WebSocket session(s)");
		open(connections, ConnectionKind.STREAM, new FakeClient());
		open(connections, ConnectionKind.WEBSOCKET, new FakeClient());
		open(connections, ConnectionKind.WEBSOCKET, new FakeClient());
		assertThat(connections.describeInFlight()).isEqualTo("1 stream(s), 2 WebSocket session(s)");
	}

	@Test
	void drainClosesEveryConnectionOnAThreadOfItsOwnAndIsDoneWhenAllHaveClosed() {
		LongLivedConnections connections = new LongLivedConnections(Duration.ofSeconds(2), this.publisher);
		List<FakeClient> clients = List.of(new FakeClient(), new FakeClient(), new FakeClient());
		open(connections, ConnectionKind.STREAM, clients.get(0));
		open(connections, ConnectionKind.STREAM, clients.get(1));
		open(connections, ConnectionKind.WEBSOCKET, clients.get(2));
		connections.drain();
		// The drain is not held up by the spread: it waits on inFlight().
		assertThat(connections.inFlight()).isPositive();
		await().atMost(WAIT).until(() -> connections.inFlight() == 0);
		assertThat(clients).allSatisfy((client) -> {
			assertThat(client.closes()).isOne();
			assertThat(client.closedOn).isEqualTo("lifecycle-connections");
			assertThat(client.closedOnDaemon).isTrue();
		});
		assertThat(connections.describeInFlight()).isEqualTo("0 stream(s), 0 WebSocket session(s)");
	}

	@Test
	void closingEventComesFirstOnTheClosingThreadWithTheOldestConnectionFirst() {
		List<String> seenByListener = new CopyOnWriteArrayList<>();
		List<FakeClient> clients = new ArrayList<>();
		LongLivedConnections connections = new LongLivedConnections(Duration.ZERO, (event) -> {
			this.events.add((ConnectionsClosingEvent) event);
			seenByListener.add(Thread.currentThread().getName());
			clients.forEach((client) -> seenByListener.add("closed " + client.closes()));
		});
		FakeClient oldest = new FakeClient();
		FakeClient newest = new FakeClient();
		clients.add(oldest);
		clients.add(newest);
		OpenConnection first = open(connections, ConnectionKind.WEBSOCKET, oldest);
		await().atMost(WAIT).until(() -> first.age().toMillis() >= 20);
		OpenConnection second = open(connections, ConnectionKind.STREAM, newest);
		connections.drain();
		await().atMost(WAIT).until(() -> connections.inFlight() == 0);
		assertThat(this.events).singleElement().satisfies((event) -> {
			assertThat(event.getSource()).isSameAs(connections);
			assertThat(event.getConnections()).containsExactly(first, second);
		});
		assertThat(seenByListener).containsExactly("lifecycle-connections", "closed 0", "closed 0");
	}

	@Test
	void connectionsCloseOldestFirst() {
		LongLivedConnections connections = new LongLivedConnections(Duration.ofMillis(300), this.publisher);
		FakeClient oldest = new FakeClient();
		FakeClient newest = new FakeClient();
		OpenConnection first = open(connections, ConnectionKind.STREAM, oldest);
		await().atMost(WAIT).until(() -> first.age().toMillis() >= 20);
		open(connections, ConnectionKind.STREAM, newest);
		connections.drain();
		await().atMost(WAIT).until(() -> connections.inFlight() == 0);
		assertThat(newest.closedAtNanos - oldest.closedAtNanos).isPositive();
	}

	@Test
	void closesAreSpacedEvenlyOverTheSpread() {
		LongLivedConnections connections = new LongLivedConnections(Duration.ofMillis(600), this.publisher);
		List<FakeClient> clients = List.of(new FakeClient(), new FakeClient(), new FakeClient());
		for (FakeClient client : clients) {
			OpenConnection connection = open(connections, ConnectionKind.STREAM, client);
			await().atMost(WAIT).until(() -> connection.age().toMillis() >= 5);
		}
		long drained = System.nanoTime();
		connections.drain();
		await().atMost(WAIT).until(() -> connections.inFlight() == 0);
		// Due at 0, 200 and 400ms of the 600ms window.
		assertThat(Duration.ofNanos(clients.get(0).closedAtNanos - drained)).isLessThan(Duration.ofMillis(200));
		assertThat(Duration.ofNanos(clients.get(1).closedAtNanos - clients.get(0).closedAtNanos))
			.isGreaterThanOrEqualTo(Duration.ofMillis(150));
		assertThat(Duration.ofNanos(clients.get(2).closedAtNanos - clients.get(0).closedAtNanos))
			.isGreaterThanOrEqualTo(Duration.ofMillis(350));
	}

	@Test
	void drainLogsWhatItClosesAndOverWhatWindow(CapturedOutput output) {
		LongLivedConnections connections = new LongLivedConnections(Duration.ofMillis(200), this.publisher);
		open(connections, ConnectionKind.STREAM, new FakeClient());
		open(connections, ConnectionKind.WEBSOCKET, new FakeClient());
		open(connections, ConnectionKind.WEBSOCKET, new FakeClient());
		connections.drain();
		await().atMost(WAIT)
			.untilAsserted(() -> assertThat(output).contains("Closing 1 stream(s), 2 WebSocket session(s) over 200ms"));
	}

	@Test
	void drainWithNothingOpenPublishesNothingAndIsDoneAtOnce() {
		LongLivedConnections connections = new LongLivedConnections(Duration.ZERO, this.publisher);
		connections.drain();
		assertThat(connections.inFlight()).isZero();
		assertThat(connections.describe().closing()).isTrue();
		await().during(Duration.ofMillis(300)).atMost(WAIT).until(this.events::isEmpty);
	}

	@Test
	void drainingTwiceClosesEachConnectionOnceAndPublishesOnce() {
		LongLivedConnections connections = new LongLivedConnections(Duration.ZERO, this.publisher);
		FakeClient stubborn = new FakeClient();
		stubborn.closesWhenAsked = false;
		open(connections, ConnectionKind.STREAM, stubborn);
		connections.drain();
		connections.drain();
		await().atMost(WAIT).until(() -> stubborn.closes() == 1);
		await().during(Duration.ofMillis(300)).atMost(WAIT).until(() -> stubborn.closes() == 1);
		assertThat(this.events).hasSize(1);
	}

	@Test
	void connectionThatDoesNotCloseWhenAskedStaysInFlight() {
		LongLivedConnections connections = new LongLivedConnections(Duration.ZERO, this.publisher);
		FakeClient stubborn = new FakeClient();
		stubborn.closesWhenAsked = false;
		OpenConnection connection = open(connections, ConnectionKind.WEBSOCKET, stubborn);
		open(connections, ConnectionKind.STREAM, new FakeClient());
		connections.drain();
		await().atMost(WAIT).until(() -> connections.count(ConnectionKind.STREAM) == 0);
		assertThat(stubborn.closes()).isOne();
		assertThat(connections.inFlight()).isOne();
		assertThat(connections.describeInFlight()).isEqualTo("0 stream(s), 1 WebSocket session(s)");
		connection.closed();
		assertThat(connections.inFlight()).isZero();
	}

	@Test
	void connectionOpenedWhileClosingIsClosedAtOnceAndCountsUntilItHasClosed() {
		LongLivedConnections connections = new LongLivedConnections(Duration.ofSeconds(1), this.publisher);
		connections.drain();
		FakeClient late = new FakeClient();
		late.closesWhenAsked = false;
		OpenConnection connection = open(connections, ConnectionKind.STREAM, late);
		assertThat(late.closes()).isOne();
		assertThat(late.closedOn).isEqualTo(Thread.currentThread().getName());
		assertThat(connections.inFlight()).isOne();
		connection.closed();
		assertThat(connections.inFlight()).isZero();
	}

	@Test
	void closerThatFailsDoesNotKeepTheOthersOpen() {
		LongLivedConnections connections = new LongLivedConnections(Duration.ZERO, this.publisher);
		FakeClient broken = new FakeClient();
		broken.failure = new IllegalStateException("client already gone");
		FakeClient healthy = new FakeClient();
		OpenConnection first = open(connections, ConnectionKind.WEBSOCKET, broken);
		await().atMost(WAIT).until(() -> first.age().toMillis() >= 5);
		open(connections, ConnectionKind.WEBSOCKET, healthy);
		connections.drain();
		await().atMost(WAIT).until(() -> healthy.closes() == 1);
		assertThat(broken.closes()).isOne();
		// The server reports the broken one closed when it notices.
		assertThat(connections.inFlight()).isOne();
	}

	@Test
	void listenerThatFailsDoesNotStopTheClosing() {
		LongLivedConnections connections = new LongLivedConnections(Duration.ZERO, (event) -> {
			throw new IllegalStateException("goodbye failed");
		});
		FakeClient client = new FakeClient();
		open(connections, ConnectionKind.STREAM, client);
		connections.drain();
		await().atMost(WAIT).until(() -> connections.inFlight() == 0);
		assertThat(client.closes()).isOne();
	}

	@Test
	void concurrentOpeningsAndClosingsKeepTheCountsRight() throws Exception {
		LongLivedConnections connections = new LongLivedConnections(Duration.ZERO, this.publisher);
		int threads = 8;
		int perThread = 500;
		CountDownLatch start = new CountDownLatch(1);
		List<Thread> workers = new ArrayList<>();
		for (int t = 0; t < threads; t++) {
			ConnectionKind kind = (t % 2 == 0) ? ConnectionKind.STREAM : ConnectionKind.WEBSOCKET;
			workers.add(new Thread(() -> {
				awaitLatch(start);
				for (int i = 0; i < perThread; i++) {
					OpenConnection connection = connections.opened(kind, "/p", new Object(), () -> {
					});
					if (i % 2 == 0) {
						connection.closed();
					}
				}
			}));
		}
		workers.forEach(Thread::start);
		start.countDown();
		for (Thread worker : workers) {
			worker.join(WAIT.toMillis());
		}
		int leftPerThread = perThread / 2;
		assertThat(connections.inFlight()).isEqualTo(threads * leftPerThread);
		assertThat(connections.describe())
			.isEqualTo(new ConnectionsDescription(threads / 2 * leftPerThread, threads / 2 * leftPerThread, false, 0));
	}

	@Test
	void connectionsOpeningWhileTheDrainStartsAreEachClosedExactlyOnce() throws Exception {
		LongLivedConnections connections = new LongLivedConnections(Duration.ZERO, this.publisher);
		List<FakeClient> clients = new CopyOnWriteArrayList<>();
		CountDownLatch start = new CountDownLatch(1);
		List<Thread> openers = new ArrayList<>();
		for (int t = 0; t < 4; t++) {
			openers.add(new Thread(() -> {
				awaitLatch(start);
				for (int i = 0; i < 500; i++) {
					FakeClient client = new FakeClient();
					clients.add(client);
					open(connections, ConnectionKind.WEBSOCKET, client);
				}
			}));
		}
		openers.forEach(Thread::start);
		start.countDown();
		connections.drain();
		for (Thread opener : openers) {
			opener.join(WAIT.toMillis());
		}
		await().atMost(WAIT).until(() -> connections.inFlight() == 0);
		assertThat(clients).hasSize(2000).allSatisfy((client) -> assertThat(client.closes()).isOne());
	}

	private static OpenConnection open(LongLivedConnections connections, ConnectionKind kind, FakeClient client) {
		OpenConnection connection = connections.opened(kind, "/" + kind.tag(), client, client::close);
		client.attach(connection);
		return connection;
	}

	private static void awaitLatch(CountDownLatch latch) {
		try {
			assertThat(latch.await(WAIT.toMillis(), TimeUnit.MILLISECONDS)).isTrue();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * The far end of a connection: asked to close, it closes (and the server reports it
	 * closed), unless told to stay open or to fail.
	 */
	static final class FakeClient {

		private int closes;

		private OpenConnection connection;

		volatile boolean closesWhenAsked = true;

		volatile RuntimeException failure;

		volatile String closedOn;

		volatile boolean closedOnDaemon;

		volatile long closedAtNanos;

		synchronized void close() {
			this.closes++;
			this.closedAtNanos = System.nanoTime();
			this.closedOn = Thread.currentThread().getName();
			this.closedOnDaemon = Thread.currentThread().isDaemon();
			if (this.failure != null) {
				throw this.failure;
			}
			if (this.closesWhenAsked && this.connection != null) {
				this.connection.closed();
			}
		}

		// A connection closed at once, while it was being opened, reports it now.
		synchronized void attach(OpenConnection connection) {
			this.connection = connection;
			if (this.closes > 0 && this.closesWhenAsked && this.failure == null) {
				connection.closed();
			}
		}

		synchronized int closes() {
			return this.closes;
		}

	}

}
