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

import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.web.method.support.HandlerMethodReturnValueHandler;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyEmitterReturnValueHandler;

/**
 * Puts {@link TrackedEmitters} in the place of Spring MVC's emitter handler, keeping its
 * position among the return value handlers: a handler added by configuration would come
 * after the built-in one and never see an emitter.
 *
 * @author lifecycle-signals maintainers
 * @since 0.1.0
 */
final class TrackedEmittersPostProcessor implements BeanPostProcessor {

	private final ObjectProvider<LongLivedConnections> connections;

	/**
	 * Creates the post-processor. Its collaborators are looked up lazily: a bean
	 * post-processor must not create beans early.
	 * @param connections the connections
	 */
	TrackedEmittersPostProcessor(ObjectProvider<LongLivedConnections> connections) {
		this.connections = connections;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof RequestMappingHandlerAdapter adapter && adapter.getReturnValueHandlers() != null) {
			List<HandlerMethodReturnValueHandler> handlers = new ArrayList<>();
			for (HandlerMethodReturnValueHandler handler : adapter.getReturnValueHandlers()) {
				handlers.add((handler instanceof ResponseBodyEmitterReturnValueHandler)
						? new TrackedEmitters(handler, this.connections.getObject()) : handler);
			}
			adapter.setReturnValueHandlers(handlers);
		}
		return bean;
	}

}
