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

import io.github.lifecyclesignals.internal.RuntimeTypes;
import org.jspecify.annotations.Nullable;

import org.springframework.util.ClassUtils;
import org.springframework.validation.Validator;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;

/**
 * The JSR-303 validator used on candidate configurations, when a provider is on the class
 * path. Our own instance, not the context's, so that it never competes with the
 * application's validator beans.
 *
 * @author lifecycle-signals maintainers
 */
final class PropertiesValidator {

	private static final boolean PRESENT = ClassUtils.isPresent(RuntimeTypes.BEAN_VALIDATION,
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
