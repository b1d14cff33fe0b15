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

package io.github.lifecyclesignals.signal;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class SignalPlanTests {

	private final SignalActions actions = new SignalActions(
			List.of(new BuiltInSignalAction("drain", (signal) -> "drained")), Map.of("custom", (signal) -> "done"));

	@Test
	void configuredNamesAreNormalizedAndOverrideTheDefaults() {
		SignalPlan plan = SignalPlan.resolve(Map.of("TERM", "drain"), Map.of("sigterm", "ignore", "usr2", "custom"),
				this.actions);
		assertThat(plan.entries()).extracting(SignalPlan.Entry::signal, SignalPlan.Entry::actionName)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("TERM", "ignore"),
					org.assertj.core.groups.Tuple.tuple("USR2", "custom"));
	}

	@Test
	void defaultWhoseActionIsMissingIsLeftToTheJvmWithTheReason() {
		SignalPlan plan = SignalPlan.resolve(Map.of("HUP", "refresh"), Map.of(), this.actions);
		SignalPlan.Entry hup = plan.entries().get(0);
		assertThat(hup.action()).isNull();
		assertThat(hup.reasonLeftToJvm()).contains("needs spring-cloud-context");
	}

	@Test
	void unknownSignalFailsWithTheKnownNames() {
		assertThatExceptionOfType(InvalidSignalConfigurationException.class)
			.isThrownBy(() -> SignalPlan.resolve(Map.of(), Map.of("TREM", "drain"), this.actions))
			.satisfies((ex) -> {
				assertThat(ex.getProperty()).isEqualTo("lifecycle.signals.TREM");
				assertThat(ex.getValidValues()).contains("TERM", "HUP", "USR1");
			});
	}

	@Test
	void unknownActionFailsWithTheValidActions() {
		assertThatExceptionOfType(InvalidSignalConfigurationException.class)
			.isThrownBy(() -> SignalPlan.resolve(Map.of(), Map.of("USR1", "reload"), this.actions))
			.satisfies((ex) -> {
				assertThat(ex.getProblem()).isEqualTo("no action is named 'reload'");
				assertThat(ex.getValidValues()).containsExactly("custom", "default", "drain", "ignore");
			});
	}

	@Test
	void explicitlyConfiguredBuiltInThatIsNotAvailableSaysWhatItNeeds() {
		assertThatExceptionOfType(InvalidSignalConfigurationException.class)
			.isThrownBy(() -> SignalPlan.resolve(Map.of(), Map.of("HUP", "refresh"), this.actions))
			.withMessageContaining("action 'refresh' needs spring-cloud-context");
	}

}
