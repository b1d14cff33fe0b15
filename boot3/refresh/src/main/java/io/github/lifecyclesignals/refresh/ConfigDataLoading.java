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

import org.springframework.boot.DefaultBootstrapContext;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.io.ResourceLoader;

/**
 * Loads config data into an environment as Spring Boot does at startup. Spring Boot 3.5's
 * edition: Boot 3 keeps the bootstrap context in {@code org.springframework.boot}. The
 * Boot 4 edition has its own copy of this class.
 *
 * @author lifecycle-signals maintainers
 */
final class ConfigDataLoading {

	private ConfigDataLoading() {
	}

	/**
	 * Loads the config data the environment's properties point at, with no additional
	 * profiles.
	 * @param environment the environment to load into
	 * @param resourceLoader the application's resource loader
	 */
	static void apply(ConfigurableEnvironment environment, ResourceLoader resourceLoader) {
		ConfigDataEnvironmentPostProcessor.applyTo(environment, resourceLoader, new DefaultBootstrapContext(),
				List.of());
	}

}
