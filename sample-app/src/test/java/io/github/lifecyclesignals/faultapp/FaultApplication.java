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

import java.util.concurrent.CountDownLatch;

import io.github.lifecyclesignals.signal.SignalAction;
import jakarta.annotation.PostConstruct;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * An application that misbehaves on request, for the fault tests: a slow startup (before
 * and after the signal handlers are bound), a signal action that never returns, and a
 * blocking endpoint.
 */
@SpringBootApplication
public class FaultApplication {

	private static final Log logger = LogFactory.getLog(FaultApplication.class);

	public static void main(String[] args) {
		SpringApplication.run(FaultApplication.class, args);
	}

	@Bean
	ApplicationRunner slowStartupRunner(@Value("${test.startup-runner-millis:0}") long millis) {
		return (arguments) -> {
			if (millis > 0) {
				logger.info("Startup runner sleeping for " + millis + "ms");
				Thread.sleep(millis);
				logger.info("Startup runner done");
			}
		};
	}

	@Bean
	SlowBean slowBean(@Value("${test.slow-bean-millis:0}") long millis) {
		return new SlowBean(millis);
	}

	@Bean
	SignalAction stuckAction() {
		CountDownLatch never = new CountDownLatch(1);
		return (signal) -> {
			logger.info("Stuck action started by " + signal.name());
			never.await();
			return "never";
		};
	}

	@Bean
	SignalAction failingAction() {
		return (signal) -> {
			// As a client library's exception might: with a credential in its message.
			throw new IllegalStateException("login failed for user admin with password hunter2-secret");
		};
	}

	/**
	 * Sleeps while it is created, long before the signal handlers are bound.
	 */
	static class SlowBean {

		private final long millis;

		SlowBean(long millis) {
			this.millis = millis;
		}

		@PostConstruct
		void sleep() throws InterruptedException {
			if (this.millis > 0) {
				logger.info("Slow bean sleeping for " + this.millis + "ms");
				Thread.sleep(this.millis);
			}
		}

	}

	@RestController
	static class SlowController {

		@GetMapping("/slow")
		String slow(@RequestParam long millis) throws InterruptedException {
			logger.info("Slow request for " + millis + "ms");
			Thread.sleep(millis);
			return "done after " + millis + "ms";
		}

	}

}
