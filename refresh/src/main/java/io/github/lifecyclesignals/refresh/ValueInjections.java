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

package io.github.lifecyclesignals.refresh;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.aop.scope.ScopedProxyUtils;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.util.ClassUtils;
import org.springframework.util.ReflectionUtils;

/**
 * Which beans have which configuration keys injected with {@code @Value}, found from the
 * bean definitions and the annotated fields, methods, constructor parameters and factory
 * method parameters of their classes. A singleton keeps what it was injected with; a bean
 * in the refresh scope (or any scope that makes new instances) gets the new value.
 * Expressions ({@code #{...}}) are not evaluated: only the {@code ${key}} placeholders in
 * them count.
 *
 * @author lifecycle-signals maintainers
 */
final class ValueInjections {

	private static final Pattern PLACEHOLDER_KEY = Pattern.compile("\\$\\{([^:}$]+)");

	private final Map<String, List<Injection>> byKey;

	private ValueInjections(Map<String, List<Injection>> byKey) {
		this.byKey = byKey;
	}

	/**
	 * Scans every bean definition.
	 * @param beanFactory the application's bean factory
	 * @return the injections found
	 */
	static ValueInjections scan(ConfigurableListableBeanFactory beanFactory) {
		Map<String, List<Injection>> byKey = new HashMap<>();
		Map<Class<?>, Set<String>> keysByClass = new HashMap<>();
		for (String name : beanFactory.getBeanDefinitionNames()) {
			if (beanFactory.containsBeanDefinition(ScopedProxyUtils.getTargetBeanName(name))) {
				// The proxy in front of a scoped bean (spring-cloud-context replaces
				// Spring's proxy factory with its own): its target is scanned under its
				// own name.
				continue;
			}
			BeanDefinition definition = beanFactory.getMergedBeanDefinition(name);
			Class<?> type = beanFactory.getType(name, false);
			if (type == null) {
				continue;
			}
			Set<String> keys = new HashSet<>(
					keysByClass.computeIfAbsent(ClassUtils.getUserClass(type), ValueInjections::keysOf));
			if (definition instanceof RootBeanDefinition root && root.getResolvedFactoryMethod() != null) {
				keys.addAll(keysOf(root.getResolvedFactoryMethod()));
			}
			String scope = definition.getScope();
			boolean singleton = scope == null || scope.isEmpty() || BeanDefinition.SCOPE_SINGLETON.equals(scope);
			for (String key : keys) {
				byKey.computeIfAbsent(key, (k) -> new ArrayList<>()).add(new Injection(name, singleton));
			}
		}
		return new ValueInjections(byKey);
	}

	/**
	 * The injections of a key.
	 * @param key the key, as written in the placeholder
	 * @return the injections, empty if none
	 */
	List<Injection> of(String key) {
		return this.byKey.getOrDefault(key, List.of());
	}

	private static Set<String> keysOf(Class<?> type) {
		Set<String> keys = new HashSet<>();
		try {
			ReflectionUtils.doWithFields(type, (field) -> addKeys(field, keys));
			ReflectionUtils.doWithMethods(type, (method) -> {
				addKeys(method, keys);
				// A @Bean method's parameters belong to the bean it creates, found
				// through its definition's factory method.
				if (!MergedAnnotations.from(method).isPresent(Bean.class)) {
					keys.addAll(keysOf(method));
				}
			});
			for (Constructor<?> constructor : type.getDeclaredConstructors()) {
				keys.addAll(keysOf(constructor));
			}
		}
		catch (LinkageError | SecurityException ex) {
			// A class that cannot be introspected injects nothing we can see.
		}
		return keys;
	}

	private static Set<String> keysOf(Executable executable) {
		Set<String> keys = new HashSet<>();
		for (Parameter parameter : executable.getParameters()) {
			addKeys(parameter, keys);
		}
		return keys;
	}

	private static void addKeys(AnnotatedElement element, Set<String> keys) {
		MergedAnnotations.from(element).get(Value.class).getValue("value", String.class).ifPresent((expression) -> {
			Matcher matcher = PLACEHOLDER_KEY.matcher(expression);
			while (matcher.find()) {
				keys.add(matcher.group(1).trim());
			}
		});
	}

	/**
	 * One bean that has a key injected.
	 *
	 * @param beanName the bean's name
	 * @param singleton whether it is a singleton, which keeps the value it was created
	 * with
	 */
	record Injection(String beanName, boolean singleton) {

	}

}
