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

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.util.unit.DataSize;

/**
 * The refresh's settings, resolved from {@code lifecycle.refresh.*} and checked in one
 * place: at startup, and on every candidate configuration a refresh would apply.
 *
 * @param onRestartRequired what to do with a refresh some of whose changes only take
 * effect after a restart
 * @param startupOnlyKeys prefixes of keys read only at startup, besides
 * {@link StartupOnlyKeys#DEFAULTS}
 * @param watch how the configuration files are watched
 * @param maxFileSize the largest configuration file a refresh reads
 * @author lifecycle-signals maintainers
 */
record RefreshSettings(RefreshProperties.OnRestartRequired onRestartRequired, List<String> startupOnlyKeys,
		WatchSettings watch, DataSize maxFileSize) {

	/** Largest configuration file a refresh reads unless configured otherwise. */
	static final DataSize DEFAULT_MAX_FILE_SIZE = DataSize.ofMegabytes(1);

	RefreshSettings(RefreshProperties.OnRestartRequired onRestartRequired, List<String> startupOnlyKeys) {
		this(onRestartRequired, startupOnlyKeys, WatchSettings.DEFAULTS, DEFAULT_MAX_FILE_SIZE);
	}

	static RefreshSettings resolve(RefreshProperties refresh) {
		RefreshProperties.Watch watch = refresh.getWatch();
		positive("watch.interval", watch.getInterval());
		notNegative("watch.quiet-period", watch.getQuietPeriod());
		notNegative("watch.jitter", watch.getJitter());
		if (refresh.getMaxFileSize().toBytes() <= 0) {
			throw new InvalidConfigurationPropertyValueException(RefreshProperties.PREFIX + ".max-file-size",
					refresh.getMaxFileSize(), "It must be positive.");
		}
		return new RefreshSettings(refresh.getOnRestartRequired(), List.copyOf(refresh.getStartupOnlyKeys()),
				new WatchSettings(watch.getInterval(), watch.getQuietPeriod(), watch.getJitter()),
				refresh.getMaxFileSize());
	}

	static RefreshSettings resolve(Binder configuration) {
		return resolve(configuration.bindOrCreate(RefreshProperties.PREFIX, RefreshProperties.class));
	}

	private static void positive(String property, Duration value) {
		if (value.isNegative() || value.isZero()) {
			throw new InvalidConfigurationPropertyValueException(RefreshProperties.PREFIX + "." + property, value,
					"It must be positive.");
		}
	}

	private static void notNegative(String property, Duration value) {
		if (value.isNegative()) {
			throw new InvalidConfigurationPropertyValueException(RefreshProperties.PREFIX + "." + property, value,
					"It must not be negative.");
		}
	}

}
