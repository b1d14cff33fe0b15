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

package io.github.lifecyclesignals.sample;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;

import com.jayway.jsonpath.JsonPath;
import io.github.lifecyclesignals.actuate.LifecycleEndpointAutoConfiguration;
import io.github.lifecyclesignals.actuate.LifecycleMetricsAutoConfiguration;
import io.github.lifecyclesignals.autoconfigure.LifecycleSignalsAutoConfiguration;
import io.github.lifecyclesignals.connection.ConnectionsAutoConfiguration;
import io.github.lifecyclesignals.drain.DrainAutoConfiguration;
import io.github.lifecyclesignals.drain.RecordingProcessExit;
import io.github.lifecyclesignals.logs.LogsAutoConfiguration;
import io.github.lifecyclesignals.messaging.MessagingAutoConfiguration;
import io.github.lifecyclesignals.refresh.ConfigurationRefreshAutoConfiguration;
import io.github.lifecyclesignals.refresh.SpringCloudRefreshAutoConfiguration;
import io.github.lifecyclesignals.signal.FakeSignalRegistrar;
import io.github.lifecyclesignals.signal.SignalAutoConfiguration;
import io.github.lifecyclesignals.support.PropertyReads;
import io.github.lifecyclesignals.systemd.SystemdAutoConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.cloud.autoconfigure.ConfigurationPropertiesRebinderAutoConfiguration;
import org.springframework.cloud.autoconfigure.RefreshAutoConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every {@code lifecycle.*} property the starter reads is described in the modules'
 * configuration metadata (IDE completion, the reference's property table), and every
 * described property is read: the application runs with every module and every switch on,
 * and a recorder sees each property it asks for.
 */
class ConfigurationMetadataTests {

	@Test
	void everyPropertyReadIsDescribedAndEveryDescribedPropertyIsRead() throws IOException {
		AtomicReference<PropertyReads> reads = new AtomicReference<>();
		new WebApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(LifecycleSignalsAutoConfiguration.class,
					SignalAutoConfiguration.class, DrainAutoConfiguration.class, RefreshAutoConfiguration.class,
					ConfigurationPropertiesRebinderAutoConfiguration.class, ConfigurationRefreshAutoConfiguration.class,
					SpringCloudRefreshAutoConfiguration.class, ConnectionsAutoConfiguration.class,
					SystemdAutoConfiguration.class, LogsAutoConfiguration.class, MessagingAutoConfiguration.class,
					LifecycleEndpointAutoConfiguration.class, LifecycleMetricsAutoConfiguration.class))
			.withInitializer((context) -> reads.set(PropertyReads.recordIn(context.getEnvironment())))
			.withBean(FakeSignalRegistrar.class, FakeSignalRegistrar::new)
			.withBean(RecordingProcessExit.class, RecordingProcessExit::new)
			.run((context) -> assertThat(context).hasNotFailed());
		// A list's elements are asked for by index, a nested group by its name.
		Set<String> read = new TreeSet<>();
		reads.get().names().forEach((name) -> read.add(name.replaceAll("\\[\\d+]$", "")));
		Map<String, String> described = described("properties");
		Set<String> groups = described("groups").keySet();
		read.removeAll(groups);
		assertThat(read).as("read but not described in the configuration metadata")
			.allSatisfy((name) -> assertThat(isDescribed(name, described)).as(name).isTrue());
		assertThat(described.keySet()).as("described but never read")
			.allSatisfy((name) -> assertThat(read).as(name).contains(name));
		assertThat(described).containsKeys("lifecycle.enabled", "lifecycle.drain.timeout",
				"lifecycle.drain.executors.enabled", "lifecycle.drain.connections.spread",
				"lifecycle.refresh.watch.jitter", "lifecycle.systemd.enabled",
				"lifecycle.drain.messaging.stop-consuming");
	}

	// A key of a map property (lifecycle.signals.HUP) is described by the map.
	private static boolean isDescribed(String name, Map<String, String> described) {
		return described.containsKey(name) || described.entrySet()
			.stream()
			.anyMatch((entry) -> entry.getValue().startsWith("java.util.Map") && name.startsWith(entry.getKey() + "."));
	}

	// Every module's generated metadata on the class path: name and type.
	private static Map<String, String> described(String kind) throws IOException {
		Map<String, String> properties = new TreeMap<>();
		for (URL url : Collections.list(ConfigurationMetadataTests.class.getClassLoader()
			.getResources("META-INF/spring-configuration-metadata.json"))) {
			try (InputStream in = url.openStream()) {
				Map<String, Object> metadata = JsonPath.parse(in).read("$");
				@SuppressWarnings("unchecked")
				List<Map<String, Object>> entries = (List<Map<String, Object>>) metadata.getOrDefault(kind, List.of());
				for (Map<String, Object> entry : entries) {
					String name = (String) entry.get("name");
					if (name.startsWith("lifecycle.")) {
						properties.put(name, String.valueOf(entry.get("type")));
					}
				}
			}
		}
		return properties;
	}

}
