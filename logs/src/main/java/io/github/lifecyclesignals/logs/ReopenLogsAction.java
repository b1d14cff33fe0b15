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

import java.util.List;

import io.github.lifecyclesignals.internal.BuiltInAction;
import io.github.lifecyclesignals.internal.BuiltInActionHandler;
import io.github.lifecyclesignals.internal.RuntimeTypes;
import io.github.lifecyclesignals.signal.Trigger;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.util.ClassUtils;

/**
 * The {@code reopen-logs} action: Logback's file appenders close their file and open it
 * again by name. logrotate renames the file, then signals the process
 * ({@code postrotate kill -USR1}); lines written before the reopen land in the renamed
 * file, lines after it in the new one, and none is lost: Logback swaps the stream under
 * the lock every write takes. {@code copytruncate} is no longer needed, nor are the lines
 * it loses between the copy and the truncation.
 *
 * @author lifecycle-signals maintainers
 * @since 0.1.0
 */
final class ReopenLogsAction implements BuiltInActionHandler {

	private static final Log logger = LogFactory.getLog(ReopenLogsAction.class);

	private static final boolean LOGBACK = ClassUtils.isPresent(RuntimeTypes.LOGBACK,
			ReopenLogsAction.class.getClassLoader());

	@Override
	public BuiltInAction action() {
		return BuiltInAction.REOPEN_LOGS;
	}

	@Override
	public String run(Trigger trigger) {
		if (!LOGBACK || !LogbackFiles.isBackend()) {
			logger.warn("Received " + trigger + ", reopen-logs: the logging backend is not Logback, nothing reopened"
					+ " (Log4j2's file appenders cannot reopen their file; use its RollingFile appender)");
			return "not supported by this logging backend";
		}
		List<String> reopened = LogbackFiles.reopen();
		String outcome = reopened.isEmpty() ? "no log file to reopen" : "reopened " + String.join(", ", reopened);
		// After the reopen: this line is the first of the new file.
		logger.info("Received " + trigger + ", reopen-logs: " + outcome);
		return outcome;
	}

}
