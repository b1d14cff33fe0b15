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
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationPropertiesBean;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.BindHandler;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.DataObjectPropertyName;
import org.springframework.boot.context.properties.bind.PropertySourcesPlaceholdersResolver;
import org.springframework.boot.context.properties.bind.validation.BindValidationException;
import org.springframework.boot.context.properties.bind.validation.ValidationBindHandler;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.convert.ConversionFailedException;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.validation.Validator;
import org.springframework.validation.annotation.Validated;

/**
 * Binds {@code @ConfigurationProperties} beans' types against a candidate configuration
 * into fresh instances, with JSR-303 validation where the bean is {@code @Validated}, and
 * runs the {@link ConfigurationCandidateCheck}s. Nothing live is touched.
 *
 * @author lifecycle-signals maintainers
 * @since 0.1.0
 */
public final class CandidateValidator {

	private final @Nullable Validator validator;

	private final List<ConfigurationCandidateCheck> checks;

	/**
	 * Creates a validator.
	 * @param validator the JSR-303 validator, or {@code null} if none is on the class
	 * path
	 * @param checks further checks
	 */
	public CandidateValidator(@Nullable Validator validator, List<ConfigurationCandidateCheck> checks) {
		this.validator = validator;
		this.checks = checks;
	}

	/**
	 * Validates a candidate against {@code @ConfigurationProperties} beans (those a
	 * change can affect, see {@code AffectedBeans}).
	 * @param candidate the candidate environment
	 * @param beans the beans to bind
	 * @throws CandidateRejectedException listing every problem found
	 */
	public void validate(StandardEnvironment candidate, Collection<ConfigurationPropertiesBean> beans)
			throws CandidateRejectedException {
		Binder binder = new Binder(ConfigurationPropertySources.from(candidate.getPropertySources()),
				new PropertySourcesPlaceholdersResolver(candidate), candidate.getConversionService());
		List<String> problems = new ArrayList<>();
		for (ConfigurationPropertiesBean bean : beans) {
			String problem = bind(binder, bean);
			if (problem != null) {
				problems.add(problem);
			}
		}
		for (ConfigurationCandidateCheck check : this.checks) {
			try {
				check.check(binder);
			}
			catch (CandidateRejectedException ex) {
				problems.add(ex.getMessage());
			}
		}
		if (!problems.isEmpty()) {
			throw new CandidateRejectedException(String.join("; ", problems));
		}
	}

	private @Nullable String bind(Binder binder, ConfigurationPropertiesBean bean) {
		Bindable<?> live = bean.asBindTarget();
		// A fresh instance: no value supplier, so the live bean is never written to.
		Bindable<?> fresh = Bindable.of(live.getType()).withAnnotations(live.getAnnotations());
		BindHandler handler = (this.validator != null && live.getAnnotation(Validated.class) != null)
				? new ValidationBindHandler(this.validator) : BindHandler.DEFAULT;
		try {
			binder.bind(bean.getAnnotation().prefix(), fresh, handler);
			return null;
		}
		catch (BindException ex) {
			return describe(ex);
		}
		catch (RuntimeException ex) {
			return bean.getAnnotation().prefix() + ": " + ex.getClass().getSimpleName();
		}
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

}
