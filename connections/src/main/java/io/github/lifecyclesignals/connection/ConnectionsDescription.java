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

package io.github.lifecyclesignals.connection;

/**
 * What the long-lived connections show in the {@code lifecycle} endpoint, under
 * {@code connections}. Read-only.
 *
 * @param streams open event streams
 * @param webSockets open WebSocket sessions
 * @param closing whether a drain is closing them
 * @param spreadMillis the window over which a drain closes them
 * @author lifecycle-signals maintainers
 * @since 0.1.0
 */
public record ConnectionsDescription(int streams, int webSockets, boolean closing, long spreadMillis) {

}
