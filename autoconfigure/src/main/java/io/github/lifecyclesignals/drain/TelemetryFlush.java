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

import java.io.Closeable;
import java.io.Flushable;
import java.util.List;

import io.github.lifecyclesignals.internal.BootLine;
import io.github.lifecyclesignals.internal.RuntimeTypes;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.util.ClassUtils;

/**
 * Sends what reports the drain before it is lost. Zipkin's reporter holds spans in a
 * queue, then in the message its own thread sends up to a second later: a flush sends the
 * queue, a close waits for that message (and drops what is still queued), a halt loses
 * both. A halt destroys no bean either, so no registry that pushes meters gets to push a
 * last time unless this asks it to.
 *
 * @author lifecycle-signals maintainers
 */
final class TelemetryFlush {

	private static final Log logger = LogFactory.getLog(TelemetryFlush.class);

	private TelemetryFlush() {
	}

	/**
	 * Flushes, then closes Zipkin's span reporters, which sends all they hold, waiting
	 * for it at most their close timeout (a second by default). Spans that end later are
	 * dropped: by then every lifecycle phase has stopped and the beans are being
	 * destroyed.
	 * @param beanFactory the application's beans
	 */
	static void sendSpans(ConfigurableListableBeanFactory beanFactory) {
		for (String name : singletonsOf(beanFactory, RuntimeTypes.SPAN_REPORTERS)) {
			Object reporter = beanFactory.getBean(name);
			if (reporter instanceof Flushable flushable && reporter instanceof Closeable closeable) {
				run(name, flushable::flush);
				run(name, closeable::close);
			}
		}
	}

	/**
	 * Before a halt: sends the spans, then lets what pushes meters push a last time, as
	 * it would when the context is closed: a push registry is closed, a Pushgateway
	 * manager is destroyed, which runs its shutdown operation.
	 * @param beanFactory the application's beans
	 */
	static void beforeHalt(ConfigurableListableBeanFactory beanFactory) {
		sendSpans(beanFactory);
		for (String name : singletonsOf(beanFactory, List.of(RuntimeTypes.PUSH_METER_REGISTRY))) {
			if (beanFactory.getBean(name) instanceof Closeable registry) {
				run(name, registry::close);
			}
		}
		if (beanFactory instanceof DefaultListableBeanFactory beans) {
			for (String name : singletonsOf(beanFactory, List.of(BootLine.PUSH_GATEWAY_MANAGER))) {
				run(name, () -> beans.destroySingleton(name));
			}
		}
	}

	private static List<String> singletonsOf(ConfigurableListableBeanFactory beanFactory, List<String> typeNames) {
		ClassLoader classLoader = beanFactory.getBeanClassLoader();
		return typeNames.stream()
			.filter((typeName) -> ClassUtils.isPresent(typeName, classLoader))
			.map((typeName) -> ClassUtils.resolveClassName(typeName, classLoader))
			.flatMap((type) -> List.of(beanFactory.getBeanNamesForType(type, false, false)).stream())
			.distinct()
			.filter(beanFactory::containsSingleton)
			.toList();
	}

	private static void run(String name, Sending sending) {
		try {
			sending.send();
		}
		catch (Exception ex) {
			logger.debug("Drain: sending what '" + name + "' holds failed", ex);
		}
	}

	@FunctionalInterface
	private interface Sending {

		void send() throws Exception;

	}

}
