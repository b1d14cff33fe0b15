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

/**
 * Resolved refresh settings.
 *
 * @param onRestartRequired what to do with a refresh some of whose changes only take
 * effect after a restart
 * @param startupOnlyKeys prefixes of keys read only at startup, besides
 * {@link StartupOnlyKeys#DEFAULTS}
 * @author lifecycle-signals maintainers
 * @since 0.1.0
 */
public record RefreshSettings(OnRestartRequired onRestartRequired, List<String> startupOnlyKeys) {

	/**
	 * What to do with a refresh some of whose changes only take effect after a restart.
	 */
	public enum OnRestartRequired {

		/** Apply what is live and report the rest as needing a restart. */
		APPLY,

		/** Reject the whole refresh, naming the keys: all or nothing. */
		REJECT

	}

}
