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

package io.github.lifecyclesignals.coreapp;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.util.ClassUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * An application that depends on the core module alone (the test launches it with the
 * other modules and Spring Cloud off its class path): it answers whether a class can be
 * loaded, and serves slow requests for a drain to wait for.
 */
@SpringBootApplication
public class CoreOnlyApplication {

	public static void main(String[] args) {
		SpringApplication.run(CoreOnlyApplication.class, args);
	}

	@RestController
	static class CoreOnlyController {

		@GetMapping("/class")
		String loadable(@RequestParam String name) {
			return ClassUtils.isPresent(name, CoreOnlyApplication.class.getClassLoader()) ? "present" : "absent";
		}

		@GetMapping("/slow")
		String slow(@RequestParam long millis) throws InterruptedException {
			Thread.sleep(millis);
			return "done after " + millis + "ms";
		}

	}

}
