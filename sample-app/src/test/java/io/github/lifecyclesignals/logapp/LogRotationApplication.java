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

package io.github.lifecyclesignals.logapp;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Writes numbered log lines as fast as it can ({@code POST /burst?lines=N}, on a thread
 * of its own, then {@code burst done}), so that a test can rotate the log file under it
 * and count every line.
 */
@SpringBootApplication
public class LogRotationApplication {

	public static void main(String[] args) {
		SpringApplication.run(LogRotationApplication.class, args);
	}

	@RestController
	static class BurstController {

		private static final Log logger = LogFactory.getLog(BurstController.class);

		@PostMapping("/burst")
		String burst(@RequestParam int lines) {
			Thread writer = new Thread(() -> {
				for (int i = 1; i <= lines; i++) {
					logger.info("seq=" + i);
				}
				logger.info("burst done");
			}, "burst");
			writer.start();
			return "started";
		}

	}

}
