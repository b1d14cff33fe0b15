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

import java.util.List;

/**
 * Receives the one-line summary of a drain when it ends, after it is logged, on the
 * thread that ends the process: for what outlives the process, such as a Kubernetes
 * termination message. Must be quick; a halt waits at most a second for it.
 *
 * @author lifecycle-signals maintainers
 * @since 0.1.0
 */
@FunctionalInterface
public interface DrainReport {

	/**
	 * The drain has ended.
	 * @param summary the summary line, as logged
	 * @param abandoned the requests and participants it gave up on
	 */
	void ended(String summary, List<String> abandoned);

}
