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

import java.io.IOException;
import java.util.function.BooleanSupplier;

import io.github.lifecyclesignals.internal.LongLivedRequests;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Tracks in-flight requests on servlet stacks (Tomcat, Jetty) and, while the application
 * shuts down, answers with {@code Connection: close} so that keep-alive clients and
 * proxies move their connections elsewhere before the connector closes under them.
 *
 * @author lifecycle-signals maintainers
 * @since 0.1.0
 */
final class InFlightServletFilter extends OncePerRequestFilter implements Ordered {

	private final InFlightRequests requests;

	private final BooleanSupplier shuttingDown;

	/**
	 * Creates a filter.
	 * @param requests the tracker
	 * @param shuttingDown whether the application is draining or closing
	 */
	InFlightServletFilter(InFlightRequests requests, BooleanSupplier shuttingDown) {
		this.requests = requests;
		this.shuttingDown = shuttingDown;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (this.shuttingDown.getAsBoolean() && !isHttp2(request)) {
			response.setHeader(HttpHeaders.CONNECTION, "close");
		}
		String uri = request.getRequestURI();
		String contextPath = request.getContextPath();
		String pathWithinApplication = (!contextPath.isEmpty() && uri.startsWith(contextPath))
				? uri.substring(contextPath.length()) : uri;
		InFlightRequest inFlight = this.requests.started(request.getMethod(), uri, pathWithinApplication);
		request.setAttribute(LongLivedRequests.ATTRIBUTE, (Runnable) () -> this.requests.becameLongLived(inFlight));

		boolean served = false;
		try {
			chain.doFilter(request, response);
			served = true;
		}
		finally {
			if (served && request.isAsyncStarted()) {
				request.getAsyncContext().addListener(new FinishOnCompletion(inFlight));
			}
			else {
				this.requests.finished(inFlight, served);
			}
		}
	}

	/**
	 * Whether the request came over HTTP/2, where a {@code Connection} header is illegal
	 * (RFC 9113, 8.2.2: a client must treat the response as malformed) and the server's
	 * GOAWAY does what it does on HTTP/1.1. Tomcat sends the header as it is given.
	 * @param request the request
	 * @return whether it is HTTP/2
	 */
	static boolean isHttp2(HttpServletRequest request) {
		return request.getProtocol().startsWith("HTTP/2");
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

	private final class FinishOnCompletion implements AsyncListener {

		private final InFlightRequest inFlight;

		FinishOnCompletion(InFlightRequest inFlight) {
			this.inFlight = inFlight;
		}

		@Override
		public void onComplete(AsyncEvent event) {
			InFlightServletFilter.this.requests.finished(this.inFlight, true);
		}

		@Override
		public void onTimeout(AsyncEvent event) {
			InFlightServletFilter.this.requests.finished(this.inFlight, false);
		}

		@Override
		public void onError(AsyncEvent event) {
			InFlightServletFilter.this.requests.finished(this.inFlight, false);
		}

		@Override
		public void onStartAsync(AsyncEvent event) {
			event.getAsyncContext().addListener(this);
		}

	}

}
