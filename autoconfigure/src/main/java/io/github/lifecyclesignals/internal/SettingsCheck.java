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

package io.github.lifecyclesignals.internal;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;

/**
 * The one validation of a feature's {@code lifecycle.*} settings, run on the
 * configuration at startup and, by the refresh module, on every candidate configuration:
 * a refresh must not accept what the next start would reject.
 *
 * @author lifecycle-signals maintainers
 */
@FunctionalInterface
public interface SettingsCheck {

	/**
	 * Checks the settings a configuration holds.
	 * @param configuration a binder over the configuration
	 * @throws InvalidConfigurationPropertyValueException naming the property and why,
	 * never its value in the reason
	 */
	void check(Binder configuration);

}
