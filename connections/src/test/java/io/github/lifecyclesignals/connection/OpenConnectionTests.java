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
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.awaitility.Awaitility.await;

/**
 * Tests for {@link OpenConnection}.
 */
class OpenConnectionTests {

	private final AtomicInteger closes = new AtomicInteger();

	private final AtomicInteger closedReports = new AtomicInteger();

	private final Object handle = new Object();

	private final OpenConnection connection = new OpenConnection(ConnectionKind.STREAM, "/events", this.handle,
			this.closes::incrementAndGet, this.closedReports::incrementAndGet);

	@Test
	void describesWhatItIsWhereItGoesAndWhatTheApplicationHoldsItBy() {
		assertThat(this.connection.kind()).isEqualTo(ConnectionKind.STREAM);
		assertThat(this.connection.path()).isEqualTo("/events");
		assertThat(this.connection.handle()).isSameAs(this.handle);
		assertThat(this.connection).hasToString("stream /events");
		assertThat(new OpenConnection(ConnectionKind.WEBSOCKET, "/ws", this.handle, () -> {
		}, () -> {
		})).hasToString("websocket /ws");
	}

	@Test
	void ageGrowsFromTheMomentItOpened() {
		Duration first = this.connection.age();
		assertThat(first).isGreaterThanOrEqualTo(Duration.ZERO);
		await().atMost(Duration.ofSeconds(5)).until(() -> this.connection.age().compareTo(first) > 0);
		assertThat(this.connection.age()).isGreaterThan(first);
	}

	@Test
	void closeAsksTheCloserOnceHoweverOftenItIsCalled() {
		this.connection.close();
		this.connection.close();
		this.connection.close();
		assertThat(this.closes).hasValue(1);
		// Asking to close is not having closed: that is reported by the connection.
		assertThat(this.closedReports).hasValue(0);
	}

	@Test
	void closedRunsTheCallbackOnceHoweverOftenItIsReported() {
		this.connection.closed();
		this.connection.closed();
		assertThat(this.closedReports).hasValue(1);
	}

	@Test
	void connectionThatHasClosedIsNotAskedToCloseAgain() {
		this.connection.closed();
		this.connection.close();
		assertThat(this.closes).hasValue(0);
	}

	@Test
	void closedIsStillReportedAfterACloseWasAsked() {
		this.connection.close();
		this.connection.closed();
		assertThat(this.closes).hasValue(1);
		assertThat(this.closedReports).hasValue(1);
	}

	@Test
	void closerThatFailsDoesNotFailTheCallerAndIsNotRetried() {
		AtomicInteger attempts = new AtomicInteger();
		OpenConnection broken = new OpenConnection(ConnectionKind.WEBSOCKET, "/ws", this.handle, () -> {
			attempts.incrementAndGet();
			throw new IllegalStateException("client left");
		}, this.closedReports::incrementAndGet);
		assertThatNoException().isThrownBy(broken::close);
		assertThatNoException().isThrownBy(broken::close);
		assertThat(attempts).hasValue(1);
		assertThat(this.closedReports).hasValue(0);
	}

	@Test
	void concurrentClosesAskTheCloserOnce() throws Exception {
		Thread[] threads = new Thread[8];
		for (int i = 0; i < threads.length; i++) {
			threads[i] = new Thread(this.connection::close);
		}
		for (Thread thread : threads) {
			thread.start();
		}
		for (Thread thread : threads) {
			thread.join(Duration.ofSeconds(5).toMillis());
		}
		assertThat(this.closes).hasValue(1);
	}

}
