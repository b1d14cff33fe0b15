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

import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.bootstrap.ConfigurableBootstrapContext;
import org.springframework.boot.bootstrap.DefaultBootstrapContext;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.context.config.ConfigDataEnvironmentUpdateListener;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.boot.support.EnvironmentPostProcessorsFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.io.ResourceLoader;

/**
 * Runs Spring Boot's environment pipeline again: every {@link EnvironmentPostProcessor}
 * the application started with, in the same order (config data, {@code random},
 * {@code SPRING_APPLICATION_JSON}, Spring Cloud's decryption of {@code {cipher}} values,
 * the application's own), with the application's bootstrap context, as Spring Cloud's
 * own refresh does. Spring Boot 4's
 * edition: the Boot 3 edition has its own copy of this class, with Boot 3's packages.
 *
 * @author lifecycle-signals maintainers
 */
final class EnvironmentPipeline {

	private final ClassLoader classLoader;

	private final ObjectProvider<ConfigurableBootstrapContext> bootstrapContext;

	private volatile @Nullable SpringApplication application;

	private EnvironmentPipeline(ClassLoader classLoader,
			ObjectProvider<ConfigurableBootstrapContext> bootstrapContext) {
		this.classLoader = classLoader;
		this.bootstrapContext = bootstrapContext;
	}

	/**
	 * The pipeline of an application.
	 * @param context the application's context: its class loader, whose
	 * {@code spring.factories} list the post-processors, and its bootstrap context, which
	 * spring-cloud-context keeps as a bean
	 * @return the pipeline
	 */
	static EnvironmentPipeline of(ConfigurableApplicationContext context) {
		ClassLoader classLoader = context.getClassLoader();
		return new EnvironmentPipeline(
				(classLoader != null) ? classLoader : EnvironmentPipeline.class.getClassLoader(),
				context.getBeanProvider(ConfigurableBootstrapContext.class));
	}

	/**
	 * The application that started: its additional profiles, its resource loader and its
	 * type are what some post-processors read.
	 * @param application the application
	 */
	void startedBy(SpringApplication application) {
		this.application = application;
	}

	/**
	 * Runs every post-processor on an environment. Config data is loaded through the
	 * given resource loader, and each config data property source is reported.
	 * @param environment the environment
	 * @param resourceLoader what loads config data
	 * @param configData told of each config data property source as it is added
	 */
	void run(ConfigurableEnvironment environment, ResourceLoader resourceLoader,
			ConfigDataEnvironmentUpdateListener configData) {
		ConfigurableBootstrapContext bootstrap = this.bootstrapContext.getIfAvailable(DefaultBootstrapContext::new);
		SpringApplication application = this.application;
		if (application == null) {
			application = new SpringApplication();
		}
		// As Spring Cloud's refresh: what they log goes straight to the log.
		DeferredLogFactory logs = (destination) -> destination.get();
		List<EnvironmentPostProcessor> postProcessors = EnvironmentPostProcessorsFactory
			.fromSpringFactories(this.classLoader)
			.getEnvironmentPostProcessors(logs, bootstrap);
		Set<String> additionalProfiles = application.getAdditionalProfiles();
		for (EnvironmentPostProcessor postProcessor : postProcessors) {
			if (postProcessor instanceof ConfigDataEnvironmentPostProcessor) {
				// What its postProcessEnvironment does, with the refresh's loader and a
				// listener that says where each property source came from.
				ConfigDataEnvironmentPostProcessor.applyTo(environment, resourceLoader, bootstrap, additionalProfiles,
						configData);
			}
			else {
				postProcessor.postProcessEnvironment(environment, application);
			}
		}
	}

}
