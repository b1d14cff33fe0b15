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

package io.github.lifecyclesignals.autoconfigure;

import io.github.lifecyclesignals.internal.BootLine;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.SpringBootVersion;
import org.springframework.util.ClassUtils;

/**
 * Fails startup, before any bean is created, on a Spring Boot line the starter is not
 * built for. Told by classes of the line ({@link BootLine}) rather than by the version
 * string, which a repackaged application may not carry.
 *
 * @author lifecycle-signals maintainers
 */
final class SupportedBootLine implements BeanFactoryPostProcessor {

	@Override
	public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
		ClassLoader classLoader = beanFactory.getBeanClassLoader();
		if (!BootLine.MARKER_CLASSES.stream().allMatch((name) -> ClassUtils.isPresent(name, classLoader))) {
			throw new UnsupportedBootLineException(SpringBootVersion.getVersion());
		}
	}

}
