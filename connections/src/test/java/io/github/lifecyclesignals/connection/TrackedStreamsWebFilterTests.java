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

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.lifecyclesignals.internal.LongLivedRequests;
import org.junit.jupiter.api.Test;
import org.reactivestreams.Publisher;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.server.WebFilterChain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Tests for {@link TrackedStreamsWebFilter}.
 */
class TrackedStreamsWebFilterTests {

	private static final Duration WAIT = Duration.ofSeconds(10);

	private final List<ConnectionsClosingEvent> events = new CopyOnWriteArrayList<>();

	private final LongLivedConnections connections = new LongLivedConnections(Duration.ZERO,
			(event) -> this.events.add((ConnectionsClosingEvent) event));

	private final TrackedStreamsWebFilter filter = new TrackedStreamsWebFilter(this.connections);

	private final MockServerWebExchange exchange = MockServerWebExchange
		.from(MockServerHttpRequest.get("/events?lastEventId=5"));

	private final AtomicInteger handedOver = new AtomicInteger();

	private final Sinks.Many<Publisher<DataBuffer>> chunks = Sinks.many().unicast().onBackpressureBuffer();

	private final WebFilterChain streaming = (exchange) -> exchange.getResponse()
		.writeAndFlushWith(this.chunks.asFlux());

	TrackedStreamsWebFilterTests() {
		this.exchange.getAttributes().put(LongLivedRequests.ATTRIBUTE, (Runnable) this.handedOver::incrementAndGet);
	}

	@Test
	void responseWrittenInOneGoIsNotAStream() {
		WebFilterChain plain = (exchange) -> {
			assertThat(this.connections.inFlight()).isZero();
			return exchange.getResponse().writeWith(Mono.just(chunk("done")));
		};
		this.filter.filter(this.exchange, plain).block(WAIT);
		assertThat(this.exchange.getResponse().getBodyAsString().block(WAIT)).isEqualTo("done");
		assertThat(this.connections.inFlight()).isZero();
		assertThat(this.handedOver).hasValue(0);
	}

	@Test
	void streamIsTrackedWhileItsBodyFlowsAndTakenOutOfTheDrainsRequests() {
		Sinks.Empty<Void> ended = Sinks.empty();
		this.filter.filter(this.exchange, this.streaming).subscribe(null, ended::tryEmitError, ended::tryEmitEmpty);
		assertThat(this.connections.count(ConnectionKind.STREAM)).isOne();
		assertThat(this.handedOver).hasValue(1);
		this.chunks.tryEmitNext(Mono.just(chunk("data:1\n\n")));
		this.chunks.tryEmitNext(Mono.just(chunk("data:2\n\n")));
		assertThat(this.connections.count(ConnectionKind.STREAM)).isOne();
		this.chunks.tryEmitComplete();
		ended.asMono().block(WAIT);
		assertThat(this.connections.inFlight()).isZero();
		assertThat(this.exchange.getResponse().getBodyAsString().block(WAIT)).isEqualTo("data:1\n\ndata:2\n\n");
	}

	@Test
	void drainEndsTheStreamCleanlyAfterWhatWasSent() {
		Sinks.Empty<Void> ended = Sinks.empty();
		this.filter.filter(this.exchange, this.streaming).subscribe(null, ended::tryEmitError, ended::tryEmitEmpty);
		this.chunks.tryEmitNext(Mono.just(chunk("event:hello\n\n")));
		this.connections.drain();
		// Completes, not fails: the client sees the end of the body and reconnects.
		ended.asMono().block(WAIT);
		await().atMost(WAIT).until(() -> this.connections.inFlight() == 0);
		assertThat(this.exchange.getResponse().getBodyAsString().block(WAIT)).isEqualTo("event:hello\n\n");
		assertThat(this.events).singleElement()
			.satisfies((event) -> assertThat(event.getConnections()).singleElement().satisfies((connection) -> {
				assertThat(connection.kind()).isEqualTo(ConnectionKind.STREAM);
				assertThat(connection.path()).isEqualTo("/events");
				assertThat(connection.handle()).isSameAs(this.exchange);
			}));
	}

	@Test
	void streamOpenedWhileClosingEndsAtOnce() {
		this.connections.drain();
		this.filter.filter(this.exchange, this.streaming).block(WAIT);
		assertThat(this.connections.inFlight()).isZero();
	}

	@Test
	void streamThatFailsIsNoLongerTracked() {
		List<Throwable> failures = new CopyOnWriteArrayList<>();
		this.filter.filter(this.exchange, this.streaming).subscribe(null, failures::add);
		assertThat(this.connections.inFlight()).isOne();
		this.chunks.tryEmitError(new IllegalStateException("source failed"));
		await().atMost(WAIT).until(() -> !failures.isEmpty());
		assertThat(this.connections.inFlight()).isZero();
	}

	@Test
	void streamTheServerCancelsIsNoLongerTracked() {
		Disposable stream = this.filter.filter(this.exchange, this.streaming).subscribe();
		assertThat(this.connections.inFlight()).isOne();
		stream.dispose();
		assertThat(this.connections.inFlight()).isZero();
	}

	@Test
	void runsRightAfterTheInFlightRequestsFilter() {
		assertThat(this.filter.getOrder()).isEqualTo(Ordered.HIGHEST_PRECEDENCE + 1);
	}

	private static DataBuffer chunk(String text) {
		return DefaultDataBufferFactory.sharedInstance.wrap(text.getBytes(StandardCharsets.UTF_8));
	}

}
