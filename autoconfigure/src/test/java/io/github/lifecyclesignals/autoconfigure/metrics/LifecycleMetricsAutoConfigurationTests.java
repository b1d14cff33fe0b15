package io.github.lifecyclesignals.autoconfigure.metrics;

import io.github.lifecyclesignals.autoconfigure.LifecycleAutoConfiguration;
import io.github.lifecyclesignals.metrics.LifecycleMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

class LifecycleMetricsAutoConfigurationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(
				AutoConfigurations.of(LifecycleAutoConfiguration.class, LifecycleMetricsAutoConfiguration.class))
		.withBean(MeterRegistry.class, SimpleMeterRegistry::new);

	@Test
	void metersArePresentWithAMeterRegistry() {
		this.runner.run((context) -> {
			assertThat(context).hasSingleBean(LifecycleMetrics.class);
			MeterRegistry registry = context.getBean(MeterRegistry.class);
			context.getBean(LifecycleMetrics.class).bindTo(registry);
			assertThat(registry.get(LifecycleMetrics.STATE).tag("state", "STARTING").gauge().value()).isEqualTo(1);
			assertThat(registry.get(LifecycleMetrics.REQUESTS_IN_FLIGHT).gauge().value()).isZero();
		});
	}

	@Test
	void metersAreAbsentWithoutMicrometer() {
		this.runner.withClassLoader(new FilteredClassLoader(MeterRegistry.class))
			.run((context) -> assertThat(context).doesNotHaveBean(LifecycleMetrics.class));
	}

	@Test
	void metersAreAbsentWithoutARegistry() {
		new ApplicationContextRunner()
			.withConfiguration(
					AutoConfigurations.of(LifecycleAutoConfiguration.class, LifecycleMetricsAutoConfiguration.class))
			.run((context) -> assertThat(context).doesNotHaveBean(LifecycleMetrics.class));
	}

	@Test
	void userMetricsBackOff() {
		this.runner.withBean("mine", LifecycleMetrics.class, () -> new LifecycleMetrics(new io.github.lifecyclesignals.state.LifecycleState()))
			.run((context) -> assertThat(context).getBeans(LifecycleMetrics.class).containsOnlyKeys("mine"));
	}

}
