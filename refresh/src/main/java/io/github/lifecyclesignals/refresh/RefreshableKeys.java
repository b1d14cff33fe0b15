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

import java.util.Set;

/**
 * A bean that applies some configuration keys itself when a refresh is applied, typically
 * a listener of {@link ConfigurationRefreshEvent} that reads the new values from the
 * {@code Environment}. A refresh reports those keys as live; without this, a key that no
 * {@code @ConfigurationProperties} bean or {@code @Value} reads is reported as unused.
 *
 * @author lifecycle-signals maintainers
 * @since 0.1.0
 */
@FunctionalInterface
public interface RefreshableKeys {

	/**
	 * The keys this bean applies, as property names or prefixes of them (in the dashed
	 * form, for example {@code orders.max-quantity} or {@code orders}).
	 * @return the keys
	 */
	Set<String> refreshableKeys();

}
