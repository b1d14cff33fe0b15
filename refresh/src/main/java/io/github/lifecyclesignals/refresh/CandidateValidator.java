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

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationPropertiesBean;
import org.springframework.boot.context.properties.bind.AbstractBindHandler;
import org.springframework.boot.context.properties.bind.BindContext;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.BindHandler;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.DataObjectPropertyName;
import org.springframework.boot.context.properties.bind.PropertySourcesPlaceholdersResolver;
import org.springframework.boot.context.properties.bind.validation.BindValidationException;
import org.springframework.boot.context.properties.bind.validation.ValidationBindHandler;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.ResolvableType;
import org.springframework.core.convert.ConversionFailedException;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.validation.Validator;
import org.springframework.validation.annotation.Validated;

/**
 * Binds {@code @ConfigurationProperties} beans' types against a candidate configuration
 * into fresh instances, validated by the same validators Spring Boot would use (the
 * context's {@code configurationPropertiesValidator}, JSR-303 where the bean is
 * {@code @Validated}, and the bean itself when it implements {@link Validator}), and runs
 * the {@link ConfigurationCandidateCheck}s. Nothing live is touched. Problems name
 * properties and reasons, never values, whatever fails.
 *
 * @author lifecycle-signals maintainers
 * @since 0.1.0
 */
final class CandidateValidator {

	private final @Nullable Validator jsr303;

	private final @Nullable Validator configurationPropertiesValidator;

	private final Supplier<List<ConfigurationCandidateCheck>> checks;

	/**
	 * Creates a validator.
	 * @param jsr303 the JSR-303 validator, or {@code null} if none is on the class path
	 * @param configurationPropertiesValidator the application's
	 * {@code configurationPropertiesValidator} bean, if it has one
	 * @param checks further checks, looked up at each validation (they may depend on what
	 * depends on this validator)
	 */
	CandidateValidator(@Nullable Validator jsr303, @Nullable Validator configurationPropertiesValidator,
			Supplier<List<ConfigurationCandidateCheck>> checks) {
		this.jsr303 = jsr303;
		this.configurationPropertiesValidator = configurationPropertiesValidator;
		this.checks = checks;
	}

	/**
	 * Validates a candidate against {@code @ConfigurationProperties} beans.
	 * @param candidate the environment the application would have with the candidate
	 * @param beans the beans to bind
	 * @return the property names each bean bound, by bean name
	 * @throws CandidateRejectedException listing every problem found
	 */
	Map<String, BoundProperties> validate(ConfigurableEnvironment candidate,
			Collection<ConfigurationPropertiesBean> beans) throws CandidateRejectedException {
		Binder binder = binder(candidate);
		Set<String> problems = new LinkedHashSet<>();
		Map<String, BoundProperties> bound = new LinkedHashMap<>();
		for (ConfigurationPropertiesBean bean : beans) {
			RecordingBindHandler recorder = new RecordingBindHandler();
			List<Validator> validators = validators(bean);
			BindHandler handler = validators.isEmpty() ? recorder
					: new ValidationBindHandler(recorder, validators.toArray(Validator[]::new));
			try {
				binder.bind(bean.getAnnotation().prefix(), freshTarget(bean), handler);
			}
			catch (BindException ex) {
				problems.add(describe(ex));
			}
			catch (RuntimeException ex) {
				problems.add(bean.getAnnotation().prefix() + ": " + ex.getClass().getSimpleName());
			}
			bound.put(bean.getName(), recorder.bound);
		}
		for (ConfigurationCandidateCheck check : this.checks.get()) {
			try {
				check.check(binder);
			}
			catch (CandidateRejectedException ex) {
				problems.add(String.valueOf(ex.getMessage()));
			}
			catch (BindException ex) {
				problems.add(describe(ex));
			}
			catch (RuntimeException ex) {
				problems.add("check " + check.getClass().getSimpleName() + " failed: " + ex.getClass().getSimpleName());
			}
		}
		if (!problems.isEmpty()) {
			throw new CandidateRejectedException(String.join("; ", problems));
		}
		return bound;
	}

	/**
	 * Records the property names beans bind from an environment, without validating.
	 * @param environment the environment
	 * @param beans the beans
	 * @return the property names each bean bound, by bean name
	 */
	static Map<String, BoundProperties> boundNames(ConfigurableEnvironment environment,
			Collection<ConfigurationPropertiesBean> beans) {
		Binder binder = binder(environment);
		Map<String, BoundProperties> bound = new LinkedHashMap<>();
		for (ConfigurationPropertiesBean bean : beans) {
			RecordingBindHandler recorder = new RecordingBindHandler();
			try {
				binder.bind(bean.getAnnotation().prefix(), freshTarget(bean), recorder);
			}
			catch (RuntimeException ex) {
				// What bound before the failure is recorded; that is all this is for.
			}
			bound.put(bean.getName(), recorder.bound);
		}
		return bound;
	}

	private static Binder binder(ConfigurableEnvironment environment) {
		return new Binder(ConfigurationPropertySources.from(environment.getPropertySources()),
				new PropertySourcesPlaceholdersResolver(environment), environment.getConversionService());
	}

	// A fresh instance of the bean's type: no value supplier, so the live bean is never
	// written to.
	private static Bindable<?> freshTarget(ConfigurationPropertiesBean bean) {
		Bindable<?> live = bean.asBindTarget();
		return Bindable.of(live.getType()).withAnnotations(live.getAnnotations()).withBindMethod(live.getBindMethod());
	}

	private List<Validator> validators(ConfigurationPropertiesBean bean) {
		List<Validator> validators = new ArrayList<>(3);
		if (this.configurationPropertiesValidator != null) {
			validators.add(this.configurationPropertiesValidator);
		}
		if (this.jsr303 != null && bean.asBindTarget().getAnnotation(Validated.class) != null) {
			validators.add(this.jsr303);
		}
		if (bean.getInstance() instanceof Validator self) {
			// The live bean validates the fresh instance it is given.
			validators.add(self);
		}
		return validators;
	}

	/**
	 * Names the property and the reason, never the value: conversion messages quote the
	 * value, so they are replaced by the target type.
	 * @param ex the failure
	 * @return the property and the reason
	 */
	static String describe(BindException ex) {
		Throwable cause = ex.getCause();
		if (cause instanceof BindValidationException validation) {
			List<String> errors = new ArrayList<>();
			String prefix = validation.getValidationErrors().getName().toString();
			for (ObjectError error : validation.getValidationErrors().getAllErrors()) {
				String property = (error instanceof FieldError field)
						? prefix + "." + DataObjectPropertyName.toDashedForm(field.getField()) : prefix;
				errors.add(property + ": " + error.getDefaultMessage());
			}
			return String.join("; ", errors);
		}
		if (cause instanceof ConversionFailedException conversion) {
			return ex.getName() + ": cannot be converted to " + conversion.getTargetType().getType().getSimpleName();
		}
		return ex.getName() + ": " + ((cause != null) ? cause.getClass().getSimpleName() : "cannot be bound");
	}

	/**
	 * Records every property name a bind succeeds for.
	 */
	private static final class RecordingBindHandler extends AbstractBindHandler {

		private final BoundProperties bound = new BoundProperties();

		@Override
		public @Nullable Object onSuccess(ConfigurationPropertyName name, Bindable<?> target, BindContext context,
				Object result) {
			ResolvableType type = target.getType();
			if (type.isArray() || Collection.class.isAssignableFrom(type.toClass())
					|| Map.class.isAssignableFrom(type.toClass())) {
				this.bound.container(name);
			}
			else if (context.getDepth() > 0) {
				// Depth 0 is the properties bean itself: a key under its prefix that no
				// property of it binds is unused.
				this.bound.value(name);
			}
			return super.onSuccess(name, target, context, result);
		}

	}

}
