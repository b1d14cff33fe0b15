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
