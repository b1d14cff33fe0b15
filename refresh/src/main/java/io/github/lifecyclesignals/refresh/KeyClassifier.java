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

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;

import io.github.lifecyclesignals.refresh.ValueInjections.Injection;
import org.jspecify.annotations.Nullable;

import org.springframework.aop.scope.ScopedProxyUtils;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.boot.context.properties.ConfigurationPropertiesBean;
import org.springframework.boot.context.properties.bind.BindMethod;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.core.NativeDetector;
import org.springframework.core.env.PropertySource;

/**
 * Says what became of each changed key of a refresh, checking, in order:
 * <ol>
 * <li>shadowed: a source above config data (the command line, the environment, system
 * properties) sets it, so the file's value has no effect;</li>
 * <li>live: {@code logging.level.*} and {@code logging.group.*} (re-applied), and keys a
 * {@link RefreshableKeys} bean applies itself;</li>
 * <li>restart required: keys read only at startup ({@link StartupOnlyKeys});</li>
 * <li>by their readers: {@code @ConfigurationProperties} beans that bind them and beans
 * that have them injected with {@code @Value}. Restart required if any reader keeps its
 * old value (a constructor-bound or record properties bean, a singleton's {@code @Value},
 * Spring's own properties beans, whose values its beans read when they were created, a
 * refresh-scoped bean without a proxy); live if every reader gets the new value (a
 * re-bound JavaBean, a refresh-scoped bean behind a proxy); unused if nothing reads
 * it.</li>
 * </ol>
 * A key that would need a restart but whose new value is what the application started
 * with is live: it is in effect.
 *
 * @author lifecycle-signals maintainers
 */
final class KeyClassifier {

	private final ConfigurableListableBeanFactory beanFactory;

	private final StartupOnlyKeys startupOnly;

	private final Supplier<Collection<RefreshableKeys>> refreshable;

	private final Set<String> rebindable;

	private volatile @Nullable ValueInjections injections;

	private volatile @Nullable List<String> packages;

	/**
	 * Creates a classifier.
	 * @param beanFactory the application's bean factory
	 * @param startupOnly the keys read only at startup
	 * @param refreshable the beans that apply keys themselves
	 * @param rebindable the names of the beans spring-cloud-context re-binds
	 */
	KeyClassifier(ConfigurableListableBeanFactory beanFactory, StartupOnlyKeys startupOnly,
			Supplier<Collection<RefreshableKeys>> refreshable, Set<String> rebindable) {
		this.beanFactory = beanFactory;
		this.startupOnly = startupOnly;
		this.refreshable = refreshable;
		this.rebindable = rebindable;
	}

	/**
	 * Classifies changed keys.
	 * @param changed the changed keys
	 * @param aboveConfigData the live sources of higher precedence than config data
	 * @param beans the {@code @ConfigurationProperties} beans, by name
	 * @param bound the names each bean binds, by bean name
	 * @param startupValues the raw values the application started with, by key
	 * @param newValues the raw values the refresh brings, by key
	 * @param users the properties that use each key in a placeholder
	 * @return the classification
	 */
	KeyClassification classify(Set<String> changed, List<PropertySource<?>> aboveConfigData,
			Map<String, ConfigurationPropertiesBean> beans, Map<String, BoundProperties> bound,
			Map<String, String> startupValues, Map<String, Object> newValues, PlaceholderUsers users) {
		SortedSet<String> live = new TreeSet<>();
		SortedMap<String, String> restartRequired = new TreeMap<>();
		SortedSet<String> shadowed = new TreeSet<>();
		SortedSet<String> unused = new TreeSet<>();
		List<ConfigurationPropertySource> above = aboveConfigData.stream()
			.map(ConfigurationPropertySource::from)
			.filter(Objects::nonNull)
			.toList();
		Set<String> refreshableKeys = refreshableKeys();
		Map<String, List<ConfigurationPropertiesBean>> beansByRoot = byRoot(beans.values());
		for (String key : changed) {
			ConfigurationPropertyName name = ConfigurationPropertyName.adapt(key, '.');
			if (isShadowed(name, above)) {
				shadowed.add(key);
				continue;
			}
			String restartReason;
			if (isLogLevel(key) || isUnder(key, refreshableKeys)) {
				restartReason = null;
			}
			else {
				Readers readers = readersOrStartupOnly(key, beansByRoot, bound);
				for (String user : users.of(key)) {
					// Where a placeholder uses the key, it is read as the user is.
					Readers ofUser = readersOrStartupOnly(user, beansByRoot, bound);
					readers = readers.and(ofUser.any(), (ofUser.restartReason() != null)
							? "used in ${" + key + "} by " + user + ", " + ofUser.restartReason() : null);
				}
				if (!readers.any() && !NativeDetector.inNativeImage()) {
					unused.add(key);
					continue;
				}
				// A native image hides @Value injections from the reflection that finds
				// them: a key nothing visible reads may still be read at startup.
				restartReason = readers.any() ? readers.restartReason()
						: "may be read by an @Value the starter cannot see in a native image";
			}
			boolean inEffect = Objects.equals(startupValues.get(key), stringValue(newValues.get(key)));
			if (restartReason != null && !inEffect) {
				restartRequired.put(key, restartReason);
			}
			else {
				live.add(key);
			}
		}
		return new KeyClassification(live, restartRequired, shadowed, unused);
	}

	private Readers readersOrStartupOnly(String key, Map<String, List<ConfigurationPropertiesBean>> beansByRoot,
			Map<String, BoundProperties> bound) {
		String startupOnly = this.startupOnly.prefixOf(key);
		if (startupOnly != null) {
			return new Readers(true, "read at startup (" + startupOnly + ".*)");
		}
		ConfigurationPropertyName name = ConfigurationPropertyName.adapt(key, '.');
		return readers(key, name, candidates(beansByRoot, name), bound);
	}

	private Readers readers(String key, ConfigurationPropertyName name, List<ConfigurationPropertiesBean> candidates,
			Map<String, BoundProperties> bound) {
		boolean any = false;
		String restartReason = null;
		for (Injection injection : injections().of(key)) {
			any = true;
			if (injection.singleton() && restartReason == null) {
				restartReason = "@Value in singleton bean '" + injection.beanName() + "'";
			}
		}
		for (ConfigurationPropertiesBean bean : candidates) {
			ConfigurationPropertyName prefix = ConfigurationPropertyName.adapt(bean.getAnnotation().prefix(), '.');
			BoundProperties properties = bound.get(bean.getName());
			if (!(prefix.equals(name) || prefix.isAncestorOf(name)) || properties == null || !properties.binds(name)) {
				continue;
			}
			any = true;
			String reason = keepsOldValue(bean);
			if (reason != null && restartReason == null) {
				restartReason = reason;
			}
		}
		return new Readers(any, restartReason);
	}

	private @Nullable String keepsOldValue(ConfigurationPropertiesBean bean) {
		Class<?> beanType = bean.asBindTarget().getType().resolve(Object.class);
		String type = beanType.getSimpleName();
		String scope = refreshScope(bean.getName());
		if (scope != null) {
			return scope.equals("proxied") ? null
					: "@RefreshScope " + type + " has no scoped proxy: beans that injected it keep the old instance";
		}
		if (bean.asBindTarget().getBindMethod() == BindMethod.VALUE_OBJECT) {
			return "bound once through the constructor of " + type + " (make it @RefreshScope, or a JavaBean)";
		}
		if (!isApplicationType(beanType)) {
			return "a library's properties, read by its beans when they were created (" + type + ")";
		}
		if (!this.rebindable.contains(bean.getName())) {
			return type + " is not re-bound on refresh";
		}
		return null;
	}

	// Whether a type is the application's: in the packages Spring Boot scans for it
	// (those of @SpringBootApplication). A library's properties class (Spring Boot's own,
	// Hikari's) is read by the library's beans when they are created.
	private boolean isApplicationType(Class<?> type) {
		List<String> packages = applicationPackages();
		String name = type.getName();
		return packages.stream().anyMatch((pkg) -> name.startsWith(pkg + ".") || pkg.isEmpty());
	}

	private List<String> applicationPackages() {
		List<String> packages = this.packages;
		if (packages == null) {
			packages = AutoConfigurationPackages.has(this.beanFactory) ? AutoConfigurationPackages.get(this.beanFactory)
					: List.of("");
			this.packages = packages;
		}
		return packages;
	}

	/**
	 * Finds what every classification needs and does not change while the application
	 * runs (the {@code @Value} injections, the application's packages), ahead of the
	 * first refresh.
	 */
	void warmUp() {
		injections();
		applicationPackages();
	}

	// Whether a bean lives in the refresh scope ("proxied" when a scoped proxy stands in
	// front of it, "unproxied" when not), or null when it does not.
	private @Nullable String refreshScope(String beanName) {
		String target = ScopedProxyUtils.isScopedTarget(beanName) ? beanName
				: ScopedProxyUtils.getTargetBeanName(beanName);
		if (this.beanFactory.containsBeanDefinition(target)
				&& "refresh".equals(this.beanFactory.getBeanDefinition(target).getScope())) {
			return "proxied";
		}
		if (this.beanFactory.containsBeanDefinition(beanName)
				&& "refresh".equals(this.beanFactory.getBeanDefinition(beanName).getScope())) {
			return "unproxied";
		}
		return null;
	}

	private static boolean isShadowed(ConfigurationPropertyName name, List<ConfigurationPropertySource> above) {
		return above.stream().anyMatch((source) -> source.getConfigurationProperty(name) != null);
	}

	private static boolean isLogLevel(String key) {
		return key.startsWith("logging.level.") || key.startsWith("logging.group.");
	}

	private static boolean isUnder(String key, Set<String> prefixes) {
		return prefixes.stream().anyMatch((prefix) -> key.equals(prefix) || key.startsWith(prefix + "."));
	}

	private Set<String> refreshableKeys() {
		Set<String> keys = new TreeSet<>();
		this.refreshable.get().forEach((bean) -> keys.addAll(bean.refreshableKeys()));
		return keys;
	}

	private ValueInjections injections() {
		ValueInjections injections = this.injections;
		if (injections == null) {
			// Bean definitions do not change once the application runs: scanned once.
			injections = ValueInjections.scan(this.beanFactory);
			this.injections = injections;
		}
		return injections;
	}

	private static List<ConfigurationPropertiesBean> candidates(
			Map<String, List<ConfigurationPropertiesBean>> beansByRoot, ConfigurationPropertyName name) {
		List<ConfigurationPropertiesBean> candidates = new ArrayList<>(beansByRoot.getOrDefault(root(name), List.of()));
		// A bean without a prefix binds from the root.
		candidates.addAll(beansByRoot.getOrDefault("", List.of()));
		return candidates;
	}

	private static Map<String, List<ConfigurationPropertiesBean>> byRoot(
			Collection<ConfigurationPropertiesBean> beans) {
		Map<String, List<ConfigurationPropertiesBean>> byRoot = new HashMap<>();
		for (ConfigurationPropertiesBean bean : beans) {
			ConfigurationPropertyName prefix = ConfigurationPropertyName.adapt(bean.getAnnotation().prefix(), '.');
			byRoot.computeIfAbsent(root(prefix), (root) -> new ArrayList<>()).add(bean);
		}
		return byRoot;
	}

	private static String root(ConfigurationPropertyName name) {
		return name.isEmpty() ? "" : name.getElement(0, ConfigurationPropertyName.Form.UNIFORM);
	}

	static @Nullable String stringValue(@Nullable Object value) {
		return (value != null) ? String.valueOf(value) : null;
	}

	/**
	 * What reads a key.
	 *
	 * @param any whether anything does
	 * @param restartReason why one of them keeps the old value, or {@code null} if none
	 * does
	 */
	private record Readers(boolean any, @Nullable String restartReason) {

		Readers and(boolean anyOther, @Nullable String otherRestartReason) {
			return new Readers(this.any || anyOther,
					(this.restartReason != null) ? this.restartReason : otherRestartReason);
		}

	}

}
