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

import org.springframework.boot.context.properties.bind.Binder;

/**
 * A check that a candidate configuration must pass before it is applied, beyond the
 * binding and JSR-303 validation of every {@code @ConfigurationProperties} bean. Define a
 * bean of this type for cross-property rules.
 *
 * @author lifecycle-signals maintainers
 * @since 0.1.0
 */
@FunctionalInterface
public interface ConfigurationCandidateCheck {

	/**
	 * Checks the candidate.
	 * @param candidate a binder over the candidate configuration
	 * @throws CandidateRejectedException with a reason that names properties, never their
	 * values
	 */
	void check(Binder candidate) throws CandidateRejectedException;

}
