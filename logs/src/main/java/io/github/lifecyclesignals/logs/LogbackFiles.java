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

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.FileAppender;
import ch.qos.logback.core.spi.AppenderAttachable;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.slf4j.LoggerFactory;

/**
 * Logback's file appenders, found through every logger and every appender that holds
 * others ({@code AsyncAppender}). Loaded only when Logback is on the class path.
 *
 * @author lifecycle-signals maintainers
 */
final class LogbackFiles {

	private static final Log logger = LogFactory.getLog(LogbackFiles.class);

	private LogbackFiles() {
	}

	static boolean isBackend() {
		return LoggerFactory.getILoggerFactory() instanceof LoggerContext;
	}

	/**
	 * Reopens every started file appender's file. Prudent appenders reopen on every write
	 * already, and are left alone.
	 * @return the files reopened
	 */
	static List<String> reopen() {
		LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
		Set<FileAppender<?>> appenders = new LinkedHashSet<>();
		for (Logger each : context.getLoggerList()) {
			collect(each.iteratorForAppenders(), appenders);
		}
		List<String> reopened = new ArrayList<>();
		for (FileAppender<?> appender : appenders) {
			String file = appender.getFile();
			if (!appender.isStarted() || appender.isPrudent() || file == null) {
				continue;
			}
			try {
				// Under the appender's own lock: a write waits for the new file.
				appender.openFile(file);
				reopened.add(file);
			}
			catch (IOException ex) {
				logger.warn("Could not reopen the log file " + file + " (" + ex.getClass().getSimpleName() + ")");
			}
		}
		return reopened;
	}

	@SuppressWarnings("unchecked")
	private static void collect(Iterator<? extends Appender<?>> iterator, Set<FileAppender<?>> appenders) {
		while (iterator.hasNext()) {
			Appender<?> appender = iterator.next();
			if (appender instanceof FileAppender<?> file) {
				appenders.add(file);
			}
			else if (appender instanceof AppenderAttachable<?> holder) {
				collect(((AppenderAttachable<ILoggingEvent>) holder).iteratorForAppenders(), appenders);
			}
		}
	}

}
