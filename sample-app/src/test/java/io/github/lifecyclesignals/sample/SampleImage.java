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

import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.images.builder.ImageFromDockerfile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample app's image, built by the container tests from {@code sample-app/Dockerfile}
 * and the packaged jar, on a base image that is a parameter: a public JRE image by
 * default, a locally built one where there is no registry (CI sets
 * {@code LIFECYCLE_TEST_BASE_IMAGE}).
 */
final class SampleImage {

	static final String NAME = "lifecycle-signals-sample:test";

	/** The packaged jar. */
	static final String JAR = AppProcess.JAR;

	private SampleImage() {
	}

	/** Built by {@code .ci/provision-docker} where no registry can be reached. */
	static final String LOCAL_BASE_IMAGE = "local/jre17:bookworm";

	/** What users with a registry get. */
	static final String PUBLIC_BASE_IMAGE = "eclipse-temurin:17-jre";

	static String baseImage() {
		String configured = System.getProperty("lifecycle.test.base-image", System.getenv("LIFECYCLE_TEST_BASE_IMAGE"));
		if (configured != null) {
			return configured;
		}
		try {
			DockerClientFactory.instance().client().inspectImageCmd(LOCAL_BASE_IMAGE).exec();
			return LOCAL_BASE_IMAGE;
		}
		catch (RuntimeException ex) {
			return PUBLIC_BASE_IMAGE;
		}
	}

	/**
	 * Fails when CI promised Docker, skips with the reason on a developer machine without
	 * it.
	 */
	static void requireDocker() {
		boolean available;
		String reason;
		try {
			available = DockerClientFactory.instance().isDockerAvailable();
			reason = available ? "" : "no Docker environment was found";
		}
		catch (RuntimeException ex) {
			available = false;
			reason = ex.toString();
		}
		if ("true".equals(System.getenv("CI"))) {
			assertThat(available).as("Docker must be usable under CI=true (.ci/provision-docker): " + reason).isTrue();
		}
		Assumptions.assumeTrue(available, "Container tests skipped: " + reason);
	}

	/**
	 * Builds the image. The Dockerfile is passed as a plain file, not through
	 * {@code withDockerfile}, which would try to pull its {@code FROM} image first.
	 * @return the image name
	 */
	static String build() throws Exception {
		assertThat(Path.of(JAR)).as("packaged jar (run after `package`)").exists();
		assertThat(Path.of("Dockerfile")).exists();
		String base = baseImage();
		ImageFromDockerfile image = new ImageFromDockerfile(NAME, false)
			.withFileFromPath("Dockerfile", Path.of("Dockerfile"))
			.withFileFromPath(JAR, Path.of(JAR))
			.withFileFromPath("config/application.yml", Path.of("config/application.yml"))
			.withBuildArg("BASE_IMAGE", base);
		try {
			return image.get();
		}
		catch (RuntimeException ex) {
			throw new IllegalStateException("Building the sample image on " + base + " failed. Without a registry, "
					+ "run `bash .ci/provision-docker` (it builds " + LOCAL_BASE_IMAGE + ") or set "
					+ "LIFECYCLE_TEST_BASE_IMAGE to a local JRE 17+ image.", ex);
		}
	}

	static void remove() {
		try {
			DockerClientFactory.instance().client().removeImageCmd(NAME).withForce(true).exec();
		}
		catch (RuntimeException ex) {
			// Already gone, or Docker never came up: nothing to clean.
		}
	}

}
