package io.github.lifecyclesignals.autoconfigure;

import io.github.lifecyclesignals.state.LifecyclePhaseListener;
import io.github.lifecyclesignals.state.LifecycleState;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration of the shared {@link LifecycleState} that every feature writes to and the
 * endpoint, meters and log read from.
 *
 * @since 0.1.0
 */
@AutoConfiguration
@ConditionalOnBooleanProperty(name = "lifecycle.enabled", matchIfMissing = true)
@EnableConfigurationProperties(LifecycleProperties.class)
public final class LifecycleAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	LifecycleState lifecycleState() {
		return new LifecycleState();
	}

	@Bean
	LifecyclePhaseListener lifecyclePhaseListener(LifecycleState state, ApplicationContext context) {
		return new LifecyclePhaseListener(state, context);
	}

}
