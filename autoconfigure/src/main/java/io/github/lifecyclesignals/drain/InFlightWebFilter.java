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

package io.github.lifecyclesignals.drain;

import java.util.function.BooleanSupplier;

import io.github.lifecyclesignals.internal.LongLivedRequests;
import io.github.lifecyclesignals.internal.RuntimeTypes;
import jakarta.servlet.http.HttpServletRequest;
import reactor.core.publisher.Mono;
import reactor.core.publisher.SignalType;

import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.util.ClassUtils;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * The reactive (WebFlux, Reactor Netty) twin of {@link InFlightServletFilter}.
 *
 * @author lifecycle-signals maintainers
 * @since 0.1.0
 */
final class InFlightWebFilter implements WebFilter, Ordered {

	private final InFlightRequests requests;

	private final BooleanSupplier shuttingDown;

	/**
	 * Creates a filter.
	 * @param requests the tracker
	 * @param shuttingDown whether the application is draining or closing
	 */
	InFlightWebFilter(InFlightRequests requests, BooleanSupplier shuttingDown) {
		this.requests = requests;
		this.shuttingDown = shuttingDown;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		if (this.shuttingDown.getAsBoolean() && !Http2.isHttp2(exchange.getRequest())) {
			exchange.getResponse().getHeaders().set(HttpHeaders.CONNECTION, "close");
		}
		ServerHttpRequest request = exchange.getRequest();
		return Mono.defer(() -> {
			InFlightRequest inFlight = this.requests.started(request.getMethod().name(), request.getPath().value(),
					request.getPath().pathWithinApplication().value());
			exchange.getAttributes()
				.put(LongLivedRequests.ATTRIBUTE, (Runnable) () -> this.requests.becameLongLived(inFlight));
			return chain.filter(exchange)
				.doFinally((signal) -> this.requests.finished(inFlight, signal == SignalType.ON_COMPLETE));
		});
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

	/**
	 * Tells an HTTP/2 request on a servlet container (where WebFlux may run too) from
	 * others. Reactor Netty's HTTP/2 codec drops connection headers itself.
	 */
	private static final class Http2 {

		private static final boolean SERVLET_PRESENT = ClassUtils.isPresent(RuntimeTypes.SERVLET_REQUEST,
				Http2.class.getClassLoader());

		static boolean isHttp2(ServerHttpRequest request) {
			return SERVLET_PRESENT && OnServlet.isHttp2(ServerHttpRequestDecorator.getNativeRequest(request));
		}

	}

	/**
	 * Loaded only when the servlet API is there.
	 */
	private static final class OnServlet {

		static boolean isHttp2(Object nativeRequest) {
			return nativeRequest instanceof HttpServletRequest servletRequest
					&& InFlightServletFilter.isHttp2(servletRequest);
		}

	}

}
