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
		// Registered before the handler initializes the emitter: one that completes at
		// once still reports it.
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

}
