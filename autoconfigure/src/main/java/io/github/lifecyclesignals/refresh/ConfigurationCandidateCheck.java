package io.github.lifecyclesignals.refresh;

import org.springframework.boot.context.properties.bind.Binder;

/**
 * A check that a candidate configuration must pass before it is applied, beyond the binding and
 * JSR-303 validation of every {@code @ConfigurationProperties} bean. Define a bean of this type
 * for cross-property rules.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface ConfigurationCandidateCheck {

	/**
	 * Checks the candidate.
	 * @param candidate a binder over the candidate configuration
	 * @throws CandidateRejectedException with a reason that names properties, never their values
	 */
	void check(Binder candidate) throws CandidateRejectedException;

}
