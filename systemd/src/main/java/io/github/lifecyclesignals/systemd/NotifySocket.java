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

package io.github.lifecyclesignals.systemd;

import java.io.IOException;

/**
 * Where notifications for the service manager go: the datagram socket named by
 * {@code NOTIFY_SOCKET}.
 *
 * @author lifecycle-signals maintainers
 */
@FunctionalInterface
interface NotifySocket {

	/**
	 * Sends one notification: newline-separated {@code KEY=value} assignments.
	 * @param message the message
	 * @throws IOException if it cannot be sent
	 */
	void send(String message) throws IOException;

}
