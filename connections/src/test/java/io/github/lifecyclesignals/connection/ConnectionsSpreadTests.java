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
import java.util.Map;

import io.github.lifecyclesignals.drain.DrainProperties;
import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link ConnectionsSpread}.
 */
class ConnectionsSpreadTests {

	private final ConnectionsProperties connections = new ConnectionsProperties();

	private final DrainProperties drain = new DrainProperties();

	@Test
	void defaultSpreadIsATwentiethOfTheDefaultBudget() {
		assertThat(ConnectionsSpread.resolve(this.connections, this.drain)).isEqualTo(Duration.ofMillis(1500));
	}

	@Test
	void defaultSpreadFollowsTheConfiguredBudget() {
		this.drain.setTimeout(Duration.ofSeconds(10));
		assertThat(ConnectionsSpread.resolve(this.connections, this.drain)).isEqualTo(Duration.ofMillis(500));
	}

	@Test
	void configuredSpreadIsUsedAsItIs() {
		this.connections.setSpread(Duration.ofMillis(200));
		assertThat(ConnectionsSpread.resolve(this.connections, this.drain)).isEqualTo(Duration.ofMillis(200));
	}

	@Test
	void zeroSpreadClosesEverythingAtOnceAndIsAllowed() {
		this.connections.setSpread(Duration.ZERO);
		assertThat(ConnectionsSpread.resolve(this.connections, this.drain)).isZero();
	}

	@Test
	void spreadJustShorterThanTheBudgetIsAllowed() {
		this.connections.setSpread(Duration.ofSeconds(30).minusMillis(1));
		assertThat(ConnectionsSpread.resolve(this.connections, this.drain))
			.isEqualTo(Duration.ofSeconds(30).minusMillis(1));
	}

	@Test
	void spreadAsLongAsTheBudgetIsRejectedNamingTheProperties() {
		this.connections.setSpread(Duration.ofSeconds(30));
		assertThatExceptionOfType(InvalidConfigurationPropertyValueException.class)
			.isThrownBy(() -> ConnectionsSpread.resolve(this.connections, this.drain))
			.satisfies((ex) -> {
				assertThat(ex.getName()).isEqualTo("lifecycle.drain.connections.spread");
				assertThat(ex.getValue()).isEqualTo(Duration.ofSeconds(30));
			})
			.withMessageContaining("between 0 and lifecycle.drain.timeout");
	}

	@Test
	void negativeSpreadIsRejected() {
		this.connections.setSpread(Duration.ofMillis(-1));
		assertThatExceptionOfType(InvalidConfigurationPropertyValueException.class)
			.isThrownBy(() -> ConnectionsSpread.resolve(this.connections, this.drain))
			.satisfies((ex) -> assertThat(ex.getName()).isEqualTo("lifecycle.drain.connections.spread"));
	}

	@Test
	void spreadIsCheckedAgainstTheBudgetOfTheSameConfiguration() {
		this.connections.setSpread(Duration.ofSeconds(5));
		this.drain.setTimeout(Duration.ofSeconds(4));
		assertThatExceptionOfType(InvalidConfigurationPropertyValueException.class)
			.isThrownBy(() -> ConnectionsSpread.resolve(this.connections, this.drain));
	}

	@Test
	void candidateConfigurationIsResolvedFromItsOwnProperties() {
		assertThat(ConnectionsSpread.resolve(binder(Map.of()))).isEqualTo(Duration.ofMillis(1500));
		assertThat(ConnectionsSpread.resolve(binder(Map.of("lifecycle.drain.timeout", "10s"))))
			.isEqualTo(Duration.ofMillis(500));
		assertThat(ConnectionsSpread
			.resolve(binder(Map.of("lifecycle.drain.timeout", "10s", "lifecycle.drain.connections.spread", "2s"))))
			.isEqualTo(Duration.ofSeconds(2));
	}

	@Test
	void candidateConfigurationWithASpreadOutsideItsBudgetIsRejected() {
		Binder candidate = binder(
				Map.of("lifecycle.drain.timeout", "10s", "lifecycle.drain.connections.spread", "10s"));
		assertThatExceptionOfType(InvalidConfigurationPropertyValueException.class)
			.isThrownBy(() -> ConnectionsSpread.resolve(candidate))
			.satisfies((ex) -> assertThat(ex.getName()).isEqualTo("lifecycle.drain.connections.spread"));
	}

	private static Binder binder(Map<String, String> properties) {
		return new Binder(new MapConfigurationPropertySource(properties));
	}

}
