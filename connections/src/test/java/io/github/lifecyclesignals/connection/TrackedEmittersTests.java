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

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.lifecyclesignals.internal.LongLivedRequests;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import org.junit.jupiter.api.Test;

import org.springframework.core.MethodParameter;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.StringHttpMessageConverter;
import org.springframework.mock.web.MockAsyncContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.async.StandardServletAsyncWebRequest;
import org.springframework.web.context.request.async.WebAsyncManager;
import org.springframework.web.context.request.async.WebAsyncUtils;
import org.springframework.web.method.support.HandlerMethodReturnValueHandler;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyEmitterReturnValueHandler;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willAnswer;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

/**
 * Tests for {@link TrackedEmitters}: with a stand-in for Spring MVC's emitter handler,
 * and with the real one over a mock async request, whose container's part the tests play.
 */
class TrackedEmittersTests {

	private static final Duration WAIT = Duration.ofSeconds(10);

	private final List<ConnectionsClosingEvent> events = new CopyOnWriteArrayList<>();

	private final LongLivedConnections connections = new LongLivedConnections(Duration.ZERO,
			(event) -> this.events.add((ConnectionsClosingEvent) event));

	private final MockHttpServletRequest request = new MockHttpServletRequest("GET", "/events");

	private final MockHttpServletResponse response = new MockHttpServletResponse();

	private final ServletWebRequest webRequest = new ServletWebRequest(this.request, this.response);

	private final ModelAndViewContainer mavContainer = new ModelAndViewContainer();

	private final AtomicInteger handedOver = new AtomicInteger();

	private final HandlerMethodReturnValueHandler delegate = mock(HandlerMethodReturnValueHandler.class);

	TrackedEmittersTests() {
		this.request.setQueryString("lastEventId=5");
		this.request.setAsyncSupported(true);
		this.request.setAttribute(LongLivedRequests.ATTRIBUTE, (Runnable) this.handedOver::incrementAndGet);
	}

	@Test
	void supportedReturnTypesAreTheDelegates() throws Exception {
		MethodParameter events = returnType("events");
		MethodParameter text = returnType("text");
		given(this.delegate.supportsReturnType(events)).willReturn(true);
		TrackedEmitters emitters = new TrackedEmitters(this.delegate, this.connections);
		assertThat(emitters.supportsReturnType(events)).isTrue();
		assertThat(emitters.supportsReturnType(text)).isFalse();
	}

	@Test
	void returnValueThatIsNoEmitterIsLeftToTheDelegate() throws Exception {
		TrackedEmitters emitters = new TrackedEmitters(this.delegate, this.connections);
		MethodParameter returnType = returnType("text");
		emitters.handleReturnValue("hello", returnType, this.mavContainer, this.webRequest);
		emitters.handleReturnValue(null, returnType, this.mavContainer, this.webRequest);
		verify(this.delegate).handleReturnValue("hello", returnType, this.mavContainer, this.webRequest);
		verify(this.delegate).handleReturnValue(null, returnType, this.mavContainer, this.webRequest);
		assertThat(this.connections.inFlight()).isZero();
		assertThat(this.handedOver).hasValue(0);
	}

	@Test
	void emitterIsTrackedAsAStreamAtTheRequestPathAndTakenOutOfTheDrainsRequests() throws Exception {
		startsAsync(this.delegate);
		SseEmitter emitter = new SseEmitter();
		new TrackedEmitters(this.delegate, this.connections).handleReturnValue(emitter, returnType("events"),
				this.mavContainer, this.webRequest);
		verify(this.delegate).handleReturnValue(emitter, returnType("events"), this.mavContainer, this.webRequest);
		assertThat(this.connections.count(ConnectionKind.STREAM)).isOne();
		assertThat(this.handedOver).hasValue(1);
		this.connections.drain();
		await().atMost(WAIT).until(() -> !this.events.isEmpty());
		assertThat(this.events.get(0).getConnections()).singleElement().satisfies((connection) -> {
			assertThat(connection.kind()).isEqualTo(ConnectionKind.STREAM);
			assertThat(connection.path()).isEqualTo("/events");
			assertThat(connection.handle()).isSameAs(emitter);
		});
	}

	@Test
	void emitterInAResponseEntityIsTracked() throws Exception {
		startsAsync(this.delegate);
		SseEmitter emitter = new SseEmitter();
		new TrackedEmitters(this.delegate, this.connections).handleReturnValue(ResponseEntity.ok(emitter),
				returnType("entity"), this.mavContainer, this.webRequest);
		assertThat(this.connections.count(ConnectionKind.STREAM)).isOne();
		assertThat(this.handedOver).hasValue(1);
	}

	@Test
	void drainCompletesTheEmitter() throws Exception {
		startsAsync(this.delegate);
		SseEmitter emitter = new SseEmitter();
		new TrackedEmitters(this.delegate, this.connections).handleReturnValue(emitter, returnType("events"),
				this.mavContainer, this.webRequest);
		this.connections.drain();
		await().atMost(WAIT)
			.untilAsserted(() -> assertThatIllegalStateException().isThrownBy(() -> emitter.send("late")));
	}

	@Test
	void emitterWhoseRequestDidNotGoAsyncIsNoLongerTracked() throws Exception {
		new TrackedEmitters(this.delegate, this.connections).handleReturnValue(new SseEmitter(), returnType("events"),
				this.mavContainer, this.webRequest);
		assertThat(this.connections.inFlight()).isZero();
		assertThat(this.handedOver).hasValue(0);
	}

	@Test
	void emitterTheDelegateFailsOnIsNoLongerTrackedAndTheFailureIsPassedOn() throws Exception {
		IOException failure = new IOException("no converter");
		willThrow(failure).given(this.delegate).handleReturnValue(any(), any(), any(), any());
		TrackedEmitters emitters = new TrackedEmitters(this.delegate, this.connections);
		assertThatExceptionOfType(IOException.class)
			.isThrownBy(() -> emitters.handleReturnValue(new SseEmitter(), returnType("events"), this.mavContainer,
					this.webRequest))
			.isSameAs(failure);
		assertThat(this.connections.inFlight()).isZero();
	}

	@Test
	void requestThatIsNoServletRequestIsLeftToTheDelegate() throws Exception {
		NativeWebRequest other = mock(NativeWebRequest.class);
		SseEmitter emitter = new SseEmitter();
		new TrackedEmitters(this.delegate, this.connections).handleReturnValue(emitter, returnType("events"),
				this.mavContainer, other);
		verify(this.delegate).handleReturnValue(emitter, returnType("events"), this.mavContainer, other);
		assertThat(this.connections.inFlight()).isZero();
	}

	@Test
	void streamIsTrackedUntilTheContainerCompletesTheResponse() throws Exception {
		SseEmitter emitter = new SseEmitter();
		handleWithSpringMvc(emitter);
		assertThat(this.request.isAsyncStarted()).isTrue();
		assertThat(this.connections.count(ConnectionKind.STREAM)).isOne();
		assertThat(this.handedOver).hasValue(1);
		emitter.send(SseEmitter.event().name("hello").data("world"));
		assertThat(this.response.getContentAsString()).contains("event:hello").contains("data:world");
		emitter.complete();
		this.request.getAsyncContext().complete();
		assertThat(this.connections.inFlight()).isZero();
	}

	@Test
	void drainEndsTheResponseCleanly() throws Exception {
		SseEmitter emitter = new SseEmitter();
		handleWithSpringMvc(emitter);
		this.connections.drain();
		WebAsyncManager asyncManager = WebAsyncUtils.getAsyncManager(this.webRequest);
		await().atMost(WAIT).until(asyncManager::hasConcurrentResult);
		// Completed, not completed with an error: the client sees the end of the body.
		assertThat(asyncManager.getConcurrentResult()).isNull();
		this.request.getAsyncContext().complete();
		assertThat(this.connections.inFlight()).isZero();
	}

	@Test
	void emitterCompletedBeforeItIsReturnedIsStillReportedClosed() throws Exception {
		SseEmitter emitter = new SseEmitter();
		emitter.send("the only event");
		emitter.complete();
		handleWithSpringMvc(emitter);
		assertThat(WebAsyncUtils.getAsyncManager(this.webRequest).hasConcurrentResult()).isTrue();
		this.request.getAsyncContext().complete();
		assertThat(this.connections.inFlight()).isZero();
	}

	@Test
	void streamOpenedWhileClosingIsReportedClosedOnceTheResponseCompletes() throws Exception {
		this.connections.drain();
		handleWithSpringMvc(new SseEmitter());
		assertThat(WebAsyncUtils.getAsyncManager(this.webRequest).hasConcurrentResult()).isTrue();
		this.request.getAsyncContext().complete();
		assertThat(this.connections.inFlight()).isZero();
	}

	@Test
	void emitterCompletedWhileItIsHandledIsReportedClosed() throws Exception {
		SseEmitter emitter = new SseEmitter();
		// Completed by another thread once Spring MVC has initialized it, at once.
		handleWithSpringMvc(emitter);
		emitter.complete();
		this.request.getAsyncContext().complete();
		assertThat(this.connections.inFlight()).isZero();
	}

	@Test
	void callbacksTheApplicationRegisteredStillRun() throws Exception {
		SseEmitter emitter = new SseEmitter();
		AtomicInteger completions = new AtomicInteger();
		emitter.onCompletion(completions::incrementAndGet);
		handleWithSpringMvc(emitter);
		emitter.complete();
		this.request.getAsyncContext().complete();
		assertThat(completions).hasValue(1);
		assertThat(this.connections.inFlight()).isZero();
	}

	@Test
	void streamThatTimesOutIsNoLongerTracked() throws Exception {
		handleWithSpringMvc(new SseEmitter());
		MockAsyncContext asyncContext = (MockAsyncContext) this.request.getAsyncContext();
		for (AsyncListener listener : asyncContext.getListeners()) {
			listener.onTimeout(new AsyncEvent(asyncContext));
		}
		assertThat(this.connections.inFlight()).isZero();
	}

	@Test
	void streamWhoseClientLeftIsNoLongerTracked() throws Exception {
		handleWithSpringMvc(new SseEmitter());
		MockAsyncContext asyncContext = (MockAsyncContext) this.request.getAsyncContext();
		for (AsyncListener listener : asyncContext.getListeners()) {
			listener.onError(new AsyncEvent(asyncContext, new IOException("Broken pipe")));
		}
		assertThat(this.connections.inFlight()).isZero();
	}

	private void handleWithSpringMvc(SseEmitter emitter) throws Exception {
		WebAsyncUtils.getAsyncManager(this.webRequest)
			.setAsyncWebRequest(new StandardServletAsyncWebRequest(this.request, this.response));
		HandlerMethodReturnValueHandler springMvc = new ResponseBodyEmitterReturnValueHandler(
				List.of(new StringHttpMessageConverter()));
		new TrackedEmitters(springMvc, this.connections).handleReturnValue(emitter, returnType("events"),
				this.mavContainer, this.webRequest);
	}

	private void startsAsync(HandlerMethodReturnValueHandler delegate) throws Exception {
		willAnswer((invocation) -> {
			this.request.setAsyncStarted(true);
			return null;
		}).given(delegate).handleReturnValue(any(), any(), any(), any());
	}

	private static MethodParameter returnType(String method) throws NoSuchMethodException {
		return new MethodParameter(Controller.class.getDeclaredMethod(method), -1);
	}

	static class Controller {

		SseEmitter events() {
			return new SseEmitter();
		}

		ResponseEntity<SseEmitter> entity() {
			return ResponseEntity.ok(new SseEmitter());
		}

		String text() {
			return "hello";
		}

	}

}
