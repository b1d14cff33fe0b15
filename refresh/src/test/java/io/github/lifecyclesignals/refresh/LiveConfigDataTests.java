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
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class LiveConfigDataTests {

	private final StandardEnvironment environment = new StandardEnvironment();

	LiveConfigDataTests() {
		this.environment.getPropertySources().addFirst(new MapPropertySource("commandLineArgs", Map.of("a", "cli")));
		this.environment.getPropertySources()
			.addLast(configData("Config resource 'file [config/application.yml]'", Map.of("a", "1", "b", "2")));
		this.environment.getPropertySources()
			.addLast(configData("Config resource 'class path resource [application.yml]'", Map.of("c", "3")));
		this.environment.getPropertySources().addLast(new MapPropertySource("defaultProperties", Map.of("d", "4")));
	}

	private static final String FILE = "Config resource 'file [config/application.yml]'";

	private static final String CLASSPATH = "Config resource 'class path resource [application.yml]'";

	@Test
	void replacementTakesThePlaceOfTheProducedSourcesInOrder() {
		LiveConfigData live = new LiveConfigData(this.environment);
		live.replaceWith(List.of("commandLineArgs", "systemProperties", "systemEnvironment", FILE, "defaultProperties"),
				List.of(configData(FILE, Map.of("a", "9"))), List.of(FILE, CLASSPATH));
		assertThat(this.environment.getPropertySources().stream().map(PropertySource::getName)).containsExactly(
				"commandLineArgs", "systemProperties", "systemEnvironment",
				"Config resource 'file [config/application.yml]'", "defaultProperties");
		assertThat(this.environment.getProperty("c")).isNull();
		assertThat(this.environment.getProperty("a")).isEqualTo("cli");
	}

	@Test
	void aNewSourceGoesWhereThePipelinePutItAmongTheOthers() {
		LiveConfigData live = new LiveConfigData(this.environment);
		live.replaceWith(
				List.of("decrypted", "commandLineArgs", "systemProperties", "systemEnvironment", FILE,
						"defaultProperties"),
				List.of(configData("decrypted", Map.of("secret", "s")), configData(FILE, Map.of("a", "9"))),
				List.of(FILE, CLASSPATH));
		assertThat(this.environment.getPropertySources().stream().map(PropertySource::getName)).containsExactly(
				"decrypted", "commandLineArgs", "systemProperties", "systemEnvironment", FILE, "defaultProperties");
		live.replaceWith(List.of("commandLineArgs", "systemProperties", "systemEnvironment", FILE, "defaultProperties"),
				List.of(configData(FILE, Map.of("a", "9"))), List.of("decrypted", FILE));
		assertThat(this.environment.getPropertySources().contains("decrypted")).isFalse();
	}

	@Test
	void readersNeverSeeAKeyWithoutAValueWhileSourcesAreSwapped() throws Exception {
		// A key that both the old and the new sources have, and sources added and
		// removed around it, swapped as fast as possible while readers read it.
		LiveConfigData live = new LiveConfigData(this.environment);
		List<PropertySource<?>> first = List.of(configData("Config resource 'file [a.yml]'", Map.of("k", "1")),
				configData("Config resource 'file [b.yml]'", Map.of("other", "x")));
		List<PropertySource<?>> second = List.of(configData("Config resource 'file [c.yml]'", Map.of("other", "y")),
				configData("Config resource 'file [a.yml]'", Map.of("k", "2")));
		List<String> order = List.of("commandLineArgs", "systemProperties", "systemEnvironment",
				"Config resource 'file [c.yml]'", "Config resource 'file [a.yml]'", "Config resource 'file [b.yml]'",
				"defaultProperties");
		List<String> all = List.of(FILE, CLASSPATH, "Config resource 'file [a.yml]'", "Config resource 'file [b.yml]'",
				"Config resource 'file [c.yml]'");
		live.replaceWith(order, first, all);
		AtomicBoolean swapping = new AtomicBoolean(true);
		AtomicLong reads = new AtomicLong();
		AtomicLong missing = new AtomicLong();
		List<Thread> readers = new ArrayList<>();
		for (int i = 0; i < 2; i++) {
			Thread reader = new Thread(() -> {
				while (swapping.get()) {
					reads.incrementAndGet();
					if (this.environment.getProperty("k") == null) {
						missing.incrementAndGet();
					}
				}
			});
			reader.start();
			readers.add(reader);
		}
		for (int i = 0; i < 20_000; i++) {
			live.replaceWith(order, (i % 2 == 0) ? first : second, all);
		}
		swapping.set(false);
		for (Thread reader : readers) {
			reader.join();
		}
		assertThat(reads.get()).isPositive();
		assertThat(missing.get()).isZero();
	}

	@Test
	void changedKeysCoverChangedAddedAndRemovedNames() {
		List<PropertySource<?>> before = List.of(configData("one", Map.of("a", "1", "b", "2", "same", "x")));
		List<PropertySource<?>> after = List.of(configData("one", Map.of("a", "1", "b", "3", "c", "4", "same", "x")),
				configData("two", Map.of("a", "shadowed")));
		assertThat(LiveConfigData.changedKeys(List.of(configData("one", Map.of("a", "1", "gone", "1"))), before))
			.containsExactly("b", "gone", "same");
		assertThat(LiveConfigData.changedKeys(before, after)).containsExactly("b", "c");
	}

	private static MapPropertySource configData(String name, Map<String, Object> values) {
		return new MapPropertySource(name, values);
	}

}
