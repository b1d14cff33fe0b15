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
 * lifecycle-signals: a Spring Boot starter that makes a JVM service behave like a
 * well-run Unix daemon.
 * <p>
 * One package per feature, each with its auto-configuration, its properties and its
 * description for the endpoint: {@code signal} (signals in, actions out), {@code drain}
 * (SIGTERM), {@code refresh} (SIGHUP, its own module), {@code connection} (event streams
 * and WebSockets, its own module), {@code systemd} and {@code logs} (opt-in modules);
 * {@code actuate} is the read side (endpoint and meters), {@code autoconfigure} what the
 * features share, and {@code internal} what the modules share with the core, which is not
 * API.
 */
@NullMarked
package io.github.lifecyclesignals;

import org.jspecify.annotations.NullMarked;
