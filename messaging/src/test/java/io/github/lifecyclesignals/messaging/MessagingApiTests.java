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

package io.github.lifecyclesignals.messaging;

import java.nio.file.Path;

import io.github.lifecyclesignals.support.ApiBaseline;
import org.junit.jupiter.api.Test;

/**
 * This module's public API is the checked-in one ({@code src/api/api.txt}).
 */
class MessagingApiTests {

	@Test
	void publicApiIsTheBaseline() {
		ApiBaseline.assertUnchanged(Path.of("target/classes"));
	}

}
