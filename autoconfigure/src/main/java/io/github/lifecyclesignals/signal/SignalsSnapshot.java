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

package io.github.lifecyclesignals.signal;

import java.util.List;
import java.util.Map;

/**
 * What the signal layer knows at one moment: what every configured signal became and the
 * last ones handled.
 *
 * @param bindings every configured signal, in configuration order
 * @param recent the last handled signals and endpoint requests, newest first
 * @param received how many of each signal arrived, by name without {@code SIG}
 * @author lifecycle-signals maintainers
 * @since 0.1.0
 */
public record SignalsSnapshot(List<SignalBinding> bindings, List<SignalRecord> recent, Map<String, Long> received) {

}
