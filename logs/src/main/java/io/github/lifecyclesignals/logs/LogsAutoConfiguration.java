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

package io.github.lifecyclesignals.logs;

import io.github.lifecyclesignals.autoconfigure.LifecycleSignalsAutoConfiguration;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration of the {@code reopen-logs} action, for a signal that logrotate sends
 * after renaming the log files: {@code lifecycle.signals.USR1: reopen-logs}.
 *
 * @author lifecycle-signals maintainers
 * @since 0.1.0
 */
@AutoConfiguration(after = LifecycleSignalsAutoConfiguration.class)
@ConditionalOnBooleanProperty(name = "lifecycle.enabled", matchIfMissing = true)
public final class LogsAutoConfiguration {

	@Bean
	ReopenLogsAction lifecycleSignalsReopenLogsAction() {
		return new ReopenLogsAction();
	}

}
