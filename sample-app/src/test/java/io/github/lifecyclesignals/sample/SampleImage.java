package io.github.lifecyclesignals.sample;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.images.builder.ImageFromDockerfile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample app's image, built by the container tests from {@code sample-app/Dockerfile} and the
 * packaged jar, on a base image that is a parameter: a public JRE image by default, a locally
 * built one where there is no registry (CI sets {@code LIFECYCLE_TEST_BASE_IMAGE}).
 */
final class SampleImage {

	static final String NAME = "lifecycle-signals-sample:test";

	static final String JAR = "target/lifecycle-signals-sample-app-0.1.0-SNAPSHOT.jar";

	private SampleImage() {
	}

	static String baseImage() {
		String fromEnvironment = System.getenv("LIFECYCLE_TEST_BASE_IMAGE");
		return System.getProperty("lifecycle.test.base-image",
				(fromEnvironment != null) ? fromEnvironment : "eclipse-temurin:17-jre");
	}

	/**
	 * Fails when CI promised Docker, skips with the reason on a developer machine without it.
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
		String base = baseImage();
		ImageFromDockerfile image = new ImageFromDockerfile(NAME, false)
			.withFileFromPath("Dockerfile", Path.of("Dockerfile"))
			.withFileFromPath(JAR, Path.of(JAR))
			.withFileFromPath("config/application.yml", Path.of("config/application.yml"))
			.withBuildArg("BASE_IMAGE", base);
		assertThat(Files.exists(Path.of("Dockerfile"))).isTrue();
		return image.get();
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
