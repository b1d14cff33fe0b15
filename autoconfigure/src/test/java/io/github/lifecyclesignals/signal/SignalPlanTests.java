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

import io.github.lifecyclesignals.internal.BuiltInAction;
import io.github.lifecyclesignals.internal.BuiltInActionHandler;
import io.github.lifecyclesignals.signal.SignalPlan.BuiltIn;
import io.github.lifecyclesignals.signal.SignalPlan.LeftToJvm;
import io.github.lifecyclesignals.signal.SignalPlan.UserBean;
import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

class SignalPlanTests {

	private final SignalActions actions = new SignalActions(
			List.of(BuiltInActionHandler.of(BuiltInAction.DRAIN, (trigger) -> "drained")),
			Map.of("custom", (signal) -> "done"));

	@Test
	void configuredNamesAreNormalizedAndOverrideTheDefaults() {
		SignalPlan plan = SignalPlan.resolve(Map.of("TERM", "drain"), Map.of("sigterm", "ignore", "usr1", "custom"),
				this.actions);
		assertThat(plan.entries())
			.extracting(SignalPlan.Entry::signal, SignalPlan.Entry::actionName, SignalPlan.Entry::explicit)
			.containsExactlyInAnyOrder(tuple("TERM", "ignore", true), tuple("USR1", "custom", true));
		assertThat(plan.entries()).extracting(SignalPlan.Entry::action)
			.hasExactlyElementsOfTypes(BuiltIn.class, UserBean.class);
	}

	@Test
	void defaultWhoseActionIsMissingIsLeftToTheJvmWithTheReason() {
		SignalPlan plan = SignalPlan.resolve(Map.of("HUP", "refresh"), Map.of(), this.actions);
		SignalPlan.Entry hup = plan.entries().get(0);
		assertThat(hup.explicit()).isFalse();
		assertThat(hup.action()).isInstanceOfSatisfying(LeftToJvm.class,
				(left) -> assertThat(left.reason()).contains("it needs lifecycle-signals-spring-boot-refresh"));
	}

	@Test
	void defaultActionIsLeftToTheJvmWithoutAReason() {
		SignalPlan plan = SignalPlan.resolve(Map.of(), Map.of("INT", "default"), this.actions);
		assertThat(plan.entries().get(0).action()).isEqualTo(new LeftToJvm(null));
	}

	@Test
	void unknownSignalFailsNamingThePropertyAndTheKnownNames() {
		assertThatExceptionOfType(InvalidConfigurationPropertyValueException.class)
			.isThrownBy(() -> SignalPlan.resolve(Map.of(), Map.of("TREM", "drain"), this.actions))
			.satisfies((ex) -> {
				assertThat(ex.getName()).isEqualTo("lifecycle.signals.TREM");
				assertThat(ex.getReason()).contains("'TREM' is not a signal name", "TERM", "HUP", "USR1");
			});
	}

	@Test
	void unknownActionFailsListingTheValidActions() {
		assertThatExceptionOfType(InvalidConfigurationPropertyValueException.class)
			.isThrownBy(() -> SignalPlan.resolve(Map.of(), Map.of("USR1", "reload"), this.actions))
			.satisfies((ex) -> assertThat(ex.getReason())
				.isEqualTo("no action has that name; use one of custom, default, drain, ignore"));
	}

	@Test
	void explicitlyConfiguredBuiltInThatIsNotAvailableSaysWhatItNeeds() {
		assertThatExceptionOfType(InvalidConfigurationPropertyValueException.class)
			.isThrownBy(() -> SignalPlan.resolve(Map.of(), Map.of("HUP", "refresh"), this.actions))
			.satisfies((ex) -> assertThat(ex.getReason()).contains("that action is not available, it needs"));
	}

}
