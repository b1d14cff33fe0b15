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

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.MethodParameter;
import org.springframework.web.method.support.HandlerMethodReturnValueHandler;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyEmitterReturnValueHandler;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;

/**
 * Tests for {@link TrackedEmittersPostProcessor}.
 */
class TrackedEmittersPostProcessorTests {

	private final LongLivedConnections connections = new LongLivedConnections(Duration.ZERO, (event) -> {
	});

	@SuppressWarnings("unchecked")
	private final ObjectProvider<LongLivedConnections> provider = mock(ObjectProvider.class);

	private final TrackedEmittersPostProcessor postProcessor = new TrackedEmittersPostProcessor(this.provider);

	TrackedEmittersPostProcessorTests() {
		given(this.provider.getObject()).willReturn(this.connections);
	}

	@Test
	void springMvcsEmitterHandlerIsReplacedInItsPlaceAndTheOthersAreKept() throws Exception {
		RequestMappingHandlerAdapter adapter = new RequestMappingHandlerAdapter();
		GenericApplicationContext context = new GenericApplicationContext();
		context.refresh();
		adapter.setApplicationContext(context);
		adapter.afterPropertiesSet();
		List<HandlerMethodReturnValueHandler> before = new ArrayList<>(adapter.getReturnValueHandlers());
		int position = indexOf(before, ResponseBodyEmitterReturnValueHandler.class);
		assertThat(position).isNotNegative();
		assertThat(this.postProcessor.postProcessAfterInitialization(adapter, "requestMappingHandlerAdapter"))
			.isSameAs(adapter);
		List<HandlerMethodReturnValueHandler> after = adapter.getReturnValueHandlers();
		assertThat(after).hasSameSizeAs(before);
		assertThat(after.get(position)).isInstanceOf(TrackedEmitters.class);
		assertThat(indexOf(after, ResponseBodyEmitterReturnValueHandler.class)).isNegative();
		for (int i = 0; i < before.size(); i++) {
			if (i != position) {
				assertThat(after.get(i)).isSameAs(before.get(i));
			}
		}
		MethodParameter events = new MethodParameter(Controller.class.getDeclaredMethod("events"), -1);
		assertThat(after.get(position).supportsReturnType(events)).isTrue();
	}

	@Test
	void adapterNotInitializedYetIsLeftAlone() {
		RequestMappingHandlerAdapter adapter = new RequestMappingHandlerAdapter();
		assertThat(this.postProcessor.postProcessAfterInitialization(adapter, "adapter")).isSameAs(adapter);
		assertThat(adapter.getReturnValueHandlers()).isNull();
		verifyNoInteractions(this.provider);
	}

	@Test
	void otherBeansAreLeftAloneAndCreateNothing() {
		Object bean = new Object();
		assertThat(this.postProcessor.postProcessAfterInitialization(bean, "bean")).isSameAs(bean);
		verifyNoInteractions(this.provider);
	}

	private static int indexOf(List<HandlerMethodReturnValueHandler> handlers, Class<?> type) {
		for (int i = 0; i < handlers.size(); i++) {
			if (type.isInstance(handlers.get(i))) {
				return i;
			}
		}
		return -1;
	}

	static class Controller {

		SseEmitter events() {
			return new SseEmitter();
		}

	}

}
