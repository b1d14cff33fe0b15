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
 * What the starter's modules share with its core. <strong>Not API</strong>: these types
 * are public only so that the refresh, connections, systemd and logs modules can reach
 * them; they change without notice and are left out of the API baseline
 * ({@code src/api/*.txt}). Applications use the types of the feature packages instead.
 */
@NullMarked
package io.github.lifecyclesignals.internal;

import org.jspecify.annotations.NullMarked;
