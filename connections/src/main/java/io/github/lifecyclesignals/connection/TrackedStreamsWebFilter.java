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

import io.github.lifecyclesignals.internal.LongLivedRequests;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.http.server.reactive.ServerHttpResponseDecorator;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Tracks WebFlux streams. Spring writes a streaming response (server-sent events,
 * newline-delimited JSON, any streaming media type) through
 * {@link ServerHttpResponse#writeAndFlushWith}, and only then: that call marks a stream.
 * Its body is relayed until the drain closes it, which completes the response cleanly.
 *
 * @author lifecycle-signals maintainers
 * @since 0.1.0
 */
final class TrackedStreamsWebFilter implements WebFilter, Ordered {

	private final LongLivedConnections connections;

	TrackedStreamsWebFilter(LongLivedConnections connections) {
		this.connections = connections;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		return chain.filter(exchange.mutate().response(new TrackedResponse(exchange)).build());
	}

	@Override
	public int getOrder() {
		// Right after the in-flight filter, whose request this may turn into a stream.
		return Ordered.HIGHEST_PRECEDENCE + 1;
	}

	private final class TrackedResponse extends ServerHttpResponseDecorator {

		private final ServerWebExchange exchange;

		TrackedResponse(ServerWebExchange exchange) {
			super(exchange.getResponse());
			this.exchange = exchange;
		}

		@Override
		public Mono<Void> writeAndFlushWith(Publisher<? extends Publisher<? extends DataBuffer>> body) {
			Sinks.One<Boolean> closing = Sinks.one();
			OpenConnection connection = TrackedStreamsWebFilter.this.connections.opened(ConnectionKind.STREAM,
					this.exchange.getRequest().getPath().value(), this.exchange, () -> closing.tryEmitValue(true));
			LongLivedRequests.handOver(this.exchange.getAttribute(LongLivedRequests.ATTRIBUTE));
			return super.writeAndFlushWith(
					Flux.<Publisher<? extends DataBuffer>>from(body).takeUntilOther(closing.asMono()))
				.doFinally((signal) -> connection.closed());
		}

	}

}
