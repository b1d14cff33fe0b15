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
import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.core.MethodParameter;
import org.springframework.http.ResponseEntity;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodReturnValueHandler;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyEmitter;

/**
 * Wraps Spring MVC's {@code ResponseBodyEmitterReturnValueHandler}: every
 * {@link ResponseBodyEmitter} a controller returns ({@code SseEmitter} included) is a
 * stream, tracked from the moment it is returned until it completes, and closed by
 * completing it, which ends the response cleanly.
 *
 * @author lifecycle-signals maintainers
 */
final class TrackedEmitters implements HandlerMethodReturnValueHandler {

	private final HandlerMethodReturnValueHandler delegate;

	private final LongLivedConnections connections;

	TrackedEmitters(HandlerMethodReturnValueHandler delegate, LongLivedConnections connections) {
		this.delegate = delegate;
		this.connections = connections;
	}

	@Override
	public boolean supportsReturnType(MethodParameter returnType) {
		return this.delegate.supportsReturnType(returnType);
	}

	@Override
	public void handleReturnValue(@Nullable Object returnValue, MethodParameter returnType,
			ModelAndViewContainer mavContainer, NativeWebRequest webRequest) throws Exception {
		ResponseBodyEmitter emitter = emitter(returnValue);
		HttpServletRequest request = webRequest.getNativeRequest(HttpServletRequest.class);
		if (emitter == null || request == null) {
			this.delegate.handleReturnValue(returnValue, returnType, mavContainer, webRequest);
			return;
		}
		OpenConnection connection = this.connections.opened(ConnectionKind.STREAM, request.getRequestURI(), emitter,
				emitter::complete);
		// Spring MVC runs these only for an emitter not yet complete when it initializes
		// it; the async request's end (below) covers one completed before, by the
		// application or by the drain closing it as it opens.
		emitter.onCompletion(connection::closed);
		emitter.onTimeout(connection::closed);
		emitter.onError((ex) -> connection.closed());
		try {
			this.delegate.handleReturnValue(returnValue, returnType, mavContainer, webRequest);
		}
		catch (Exception ex) {
			connection.closed();
			throw ex;
		}
		if (!request.isAsyncStarted()) {
			connection.closed();
		}
		else {
			// Added while the request's first dispatch still runs: the container ends
			// the async request only after it, so the listener cannot miss the end.
			AsyncContext async = request.getAsyncContext();
			if (async != null) {
				async.addListener(new ResponseEnd(connection));
			}
			LongLivedRequests.handOver(request.getAttribute(LongLivedRequests.ATTRIBUTE));
		}
	}

	private static @Nullable ResponseBodyEmitter emitter(@Nullable Object returnValue) {
		if (returnValue instanceof ResponseBodyEmitter emitter) {
			return emitter;
		}
		if (returnValue instanceof ResponseEntity<?> entity
				&& entity.getBody() instanceof ResponseBodyEmitter emitter) {
			return emitter;
		}
		return null;
	}

	/**
	 * The end of the async request that carries a stream, however it ends.
	 */
	private record ResponseEnd(OpenConnection connection) implements AsyncListener {

		@Override
		public void onComplete(AsyncEvent event) {
			this.connection.closed();
		}

		@Override
		public void onTimeout(AsyncEvent event) {
			this.connection.closed();
		}

		@Override
		public void onError(AsyncEvent event) {
			this.connection.closed();
		}

		@Override
		public void onStartAsync(AsyncEvent event) {
			// Spring MVC starts async once per stream: nothing more to follow.
		}

	}

}
