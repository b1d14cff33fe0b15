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

/**
 * What every feature shares: the application's phase and the read side's composition
 * ({@code LifecycleSignalsAutoConfiguration}), the checks at startup
 * (<b>SupportedBootLine</b> fails on another Spring Boot line, <b>MissingFeatures</b>
 * says in one WARN line which asked-for feature cannot run), the {@code log-state}
 * action, and the reflection hints for every name looked up at run time.
 */
@NullMarked
package io.github.lifecyclesignals.autoconfigure;

import org.jspecify.annotations.NullMarked;
