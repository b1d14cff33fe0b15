package io.github.lifecyclesignals.autoconfigure.metrics;

import io.github.lifecyclesignals.autoconfigure.LifecycleAutoConfiguration;
import io.github.lifecyclesignals.metrics.LifecycleMetrics;
import io.github.lifecyclesignals.state.LifecycleState;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration of the lifecycle meters, when Micrometer is present.
 *
 * @since 0.1.0
 */
@AutoConfiguration(after = { LifecycleAutoConfiguration.class, MetricsAutoConfiguration.class,
		CompositeMeterRegistryAutoConfiguration.class })
@ConditionalOnClass({ MeterRegistry.class, MetricsAutoConfiguration.class })
@ConditionalOnBean({ MeterRegistry.class, LifecycleState.class })
public final class LifecycleMetricsAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	LifecycleMetrics lifecycleMetrics(LifecycleState state) {
		return new LifecycleMetrics(state);
	}

}
