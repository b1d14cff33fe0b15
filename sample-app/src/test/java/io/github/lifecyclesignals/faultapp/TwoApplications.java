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

package io.github.lifecyclesignals.faultapp;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two Spring applications in one JVM, as a launcher or a test harness runs them: the
 * first is started and closed, then the second must still own the signals.
 */
public final class TwoApplications {

	private static final Log logger = LogFactory.getLog(TwoApplications.class);

	private TwoApplications() {
	}

	public static void main(String[] args) {
		List<String> first = new ArrayList<>(List.of(args));
		first.removeIf((arg) -> arg.startsWith("--server.port="));
		first.add("--server.port=0");
		first.add("--spring.application.name=first");
		ConfigurableApplicationContext firstContext = SpringApplication.run(FaultApplication.class,
				first.toArray(String[]::new));
		ConfigurableApplicationContext second = SpringApplication.run(FaultApplication.class, args);
		logger.info("Both applications started");
		firstContext.close();
		logger.info("First application closed, second active: " + second.isActive());
	}

}
