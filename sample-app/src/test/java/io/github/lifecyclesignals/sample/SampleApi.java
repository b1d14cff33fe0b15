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

package io.github.lifecyclesignals.sample;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the process tests ask a running sample app, and how they change its files.
 */
final class SampleApi {

	private SampleApi() {
	}

	/**
	 * Reads {@code /actuator/lifecycle}.
	 * @param port the port it is served on
	 * @return the body, for JSON paths
	 */
	static DocumentContext lifecycle(int port) throws IOException {
		Http.Response response = Http.get(port, "/actuator/lifecycle");
		assertThat(response.status()).isEqualTo(200);
		return JsonPath.parse(response.body());
	}

	static DocumentContext lifecycle(AppProcess app) throws IOException {
		return lifecycle(app.port());
	}

	/**
	 * The {@code orders.max-quantity} the sample app serves now.
	 * @param app the app
	 * @return the value
	 */
	/**
	 * Waits until the application counts requests in flight.
	 * @param app the application
	 * @param count how many at least
	 */
	static void awaitInFlight(AppProcess app, int count) {
		org.awaitility.Awaitility.await("" + count + " request(s) in flight")
			.atMost(java.time.Duration.ofSeconds(10))
			.pollInterval(java.time.Duration.ofMillis(50))
			.ignoreExceptions()
			.until(() -> lifecycle(app).read("$.drain.inFlight", Integer.class) >= count);
	}

	static int maxQuantity(AppProcess app) throws IOException {
		String body = Http.get(app.port(), "/settings").body();
		return Integer.parseInt(body.replaceAll(".*\"maxQuantity\":(\\d+).*", "$1"));
	}

	/**
	 * Replaces a file's content as editors and config management do, by writing a new
	 * file and moving it over the old one, so that the app never reads half a file.
	 * @param file the file
	 * @param content the new content
	 */
	static void replace(Path file, String content) throws IOException {
		Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
		Files.writeString(temporary, content);
		Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}

}
