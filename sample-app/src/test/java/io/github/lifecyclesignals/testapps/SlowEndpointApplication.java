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

package io.github.lifecyclesignals.testapps;

import java.time.Duration;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.publisher.Mono;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A minimal application for the drain tests on other web stacks: the same code runs on
 * Jetty (Spring MVC, served asynchronously) and on Reactor Netty (WebFlux), chosen by the
 * class path the test launches it with.
 */
@SpringBootApplication
public class SlowEndpointApplication {

	public static void main(String[] args) {
		SpringApplication.run(SlowEndpointApplication.class, args);
	}

	@RestController
	static class SlowController {

		private static final Log logger = LogFactory.getLog(SlowController.class);

		@GetMapping("/slow")
		Mono<String> slow(@RequestParam long millis) {
			logger.info("Slow request for " + millis + "ms");
			return Mono.delay(Duration.ofMillis(millis)).map((tick) -> "done after " + millis + "ms");
		}

	}

}
