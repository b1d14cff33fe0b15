package io.github.lifecyclesignals.autoconfigure.refresh;

import org.jspecify.annotations.Nullable;

import org.springframework.util.ClassUtils;
import org.springframework.validation.Validator;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;

/**
 * The JSR-303 validator used on candidate configurations, when a provider is on the class path.
 * Our own instance, not the context's, so that it never competes with the application's
 * validator beans.
 */
final class PropertiesValidator {

	private static final boolean PRESENT = ClassUtils.isPresent("jakarta.validation.Validation",
			PropertiesValidator.class.getClassLoader());

	private PropertiesValidator() {
	}

	static @Nullable Validator createIfAvailable() {
		if (!PRESENT) {
			return null;
		}
		try {
			LocalValidatorFactoryBean validator = new LocalValidatorFactoryBean();
			validator.afterPropertiesSet();
			return validator;
		}
		catch (RuntimeException ex) {
			// jakarta.validation API without a provider (such as Hibernate Validator).
			return null;
		}
	}

}
