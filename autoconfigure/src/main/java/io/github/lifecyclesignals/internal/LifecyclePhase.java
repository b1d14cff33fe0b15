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

/**
 * Coarse phase of the application's lifecycle, as an operator sees it.
 *
 * @author lifecycle-signals maintainers
 * @since 0.1.0
 */
public enum LifecyclePhase {

	/** The context is starting; the application is not ready yet. */
	STARTING,

	/** The application is ready and serving. */
	RUNNING,

	/** A configuration refresh is running; the application keeps serving. */
	REFRESHING,

	/** A drain has started: readiness is refused, in-flight work is finishing. */
	DRAINING,

	/** The context is closing: lifecycle phases are stopping. */
	STOPPING

}
