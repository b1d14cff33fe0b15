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

package io.github.lifecyclesignals.refresh;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.lifecyclesignals.refresh.LoadedConfiguration.ConfigDataOrigin;
import io.github.lifecyclesignals.refresh.LoadedConfiguration.ConfigDataSources;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.ResourceLoader;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link CandidateEnvironment}: the application's real environment pipeline
 * (Spring Boot's and Spring Cloud's post-processors, through {@link EnvironmentPipeline})
 * over real files, on a live environment started the way {@code SpringApplication} starts
 * one, without touching the JVM's system properties.
 *
 * @author lifecycle-signals maintainers
 */
class CandidateEnvironmentTests {

	private static final String NEW_PROFILE = "the files would activate a profile the application did not start with "
			+ "(spring.profiles.include, spring.profiles.group or spring.profiles.default): profiles are settled at "
			+ "startup, a restart applies them";

	@TempDir
	Path dir;

	private final GenericApplicationContext context = new GenericApplicationContext();

	private final EnvironmentPipeline pipeline;

	private final ResourceLoader resources = new DefaultResourceLoader();

	private final StandardEnvironment live = new StandardEnvironment();

	private final Map<String, Object> systemProperties = new HashMap<>();

	private final Map<String, Object> defaultProperties = new LinkedHashMap<>();

	private List<String> liveProduced = List.of();

	CandidateEnvironmentTests() {
		// The application's context: no bootstrap context bean, as without spring-cloud's
		// bootstrap.
		this.context.refresh();
		this.pipeline = EnvironmentPipeline.of(this.context);
	}

	@AfterEach
	void close() {
		this.context.close();
	}

	@Test
	void loadsWhatTheFilesHoldNowAndLeavesTheLiveEnvironmentAlone() throws Exception {
		Path file = write("application.yml", "orders:\n  max: 100\n  name: old\n");
		start("--spring.config.location=file:" + this.dir + "/");
		List<PropertySource<?>> before = this.live.getPropertySources().stream().toList();
		write("application.yml", "orders:\n  max: 150\n  region: eu\n");
		CandidateEnvironment candidate = load();
		assertThat(candidate.view().getProperty("orders.max")).isEqualTo("150");
		assertThat(candidate.view().getProperty("orders.region")).isEqualTo("eu");
		assertThat(candidate.view().getProperty("orders.name")).isNull();
		// Nothing live moved: the same sources, in the same order, with the old values.
		assertThat(this.live.getPropertySources().stream().toList())
			.usingElementComparator(CandidateEnvironmentTests::identity)
			.containsExactlyElementsOf(before);
		assertThat(this.live.getProperty("orders.max")).isEqualTo("100");
		assertThat(this.live.getProperty("orders.name")).isEqualTo("old");
		assertThat(this.live.getProperty("orders.region")).isNull();
		Map<String, ConfigDataOrigin> origins = candidate.loaded().configDataOrigins();
		assertThat(origins).hasSize(1);
		ConfigDataOrigin origin = origins.values().iterator().next();
		assertThat(origin.file()).isEqualTo(file.toString());
		assertThat(origin.optional()).isFalse();
		assertThat(origin.location()).isEqualTo("file:" + this.dir + "/");
		assertThat(candidate.loaded().configData()).singleElement()
			.satisfies((source) -> assertThat(source.getProperty("orders.max")).hasToString("150"));
	}

	@Test
	void theCommandLineAndSystemPropertiesShadowTheFilesAndTheFilesShadowTheDefaults() throws Exception {
		write("application.yml", "a: file\nb: file\nc: file\nd: file\n");
		this.systemProperties.put("b", "system");
		this.defaultProperties.put("d", "default");
		this.defaultProperties.put("e", "default");
		start("--spring.config.location=file:" + this.dir + "/", "--a=cli");
		write("application.yml", "a: file2\nb: file2\nc: file2\nd: file2\n");
		CandidateEnvironment candidate = load();
		StandardEnvironment view = candidate.view();
		assertThat(view.getProperty("a")).isEqualTo("cli");
		assertThat(view.getProperty("b")).isEqualTo("system");
		assertThat(view.getProperty("c")).isEqualTo("file2");
		assertThat(view.getProperty("d")).isEqualTo("file2");
		assertThat(view.getProperty("e")).isEqualTo("default");
		// The file's own values are loaded, only shadowed.
		assertThat(CandidateEnvironment.flatten(candidate.loaded().configData())).containsEntry("a", "file2")
			.containsEntry("b", "file2");
		// What the pipeline ran on is not what it produced: those stay the live ones.
		assertThat(candidate.loaded().producedNames()).doesNotContain("commandLineArgs", "systemProperties",
				"systemEnvironment", "defaultProperties");
		assertThat(view.getPropertySources().get("commandLineArgs"))
			.isSameAs(this.live.getPropertySources().get("commandLineArgs"));
		assertThat(view.getPropertySources().get("defaultProperties"))
			.isSameAs(this.live.getPropertySources().get("defaultProperties"));
		assertThat(candidate.loaded().order()).startsWith("commandLineArgs", "systemProperties", "systemEnvironment")
			.endsWith("defaultProperties");
	}

	@Test
	void theViewKeepsEverySourceThePipelineDidNotProduceWhereItWasButNotSpringBootsAttachedView() throws Exception {
		write("application.yml", "a: file\np: file\n");
		start("--spring.config.location=file:" + this.dir + "/");
		// As @PropertySource adds a file: after config data, before the defaults.
		MapPropertySource annotated = new MapPropertySource("class path resource [extra.properties]",
				Map.of("p", "annotated", "q", "annotated"));
		this.live.getPropertySources().addBefore("defaultProperties", annotated);
		ConfigurationPropertySources.attach(this.live);
		write("application.yml", "a: file2\np: file2\n");
		StandardEnvironment view = load().view();
		List<String> names = names(view);
		assertThat(names).doesNotContain(CandidateEnvironment.ATTACHED_SOURCE)
			.containsSubsequence(configDataName(names), annotated.getName(), "defaultProperties");
		assertThat(view.getPropertySources().get(annotated.getName())).isSameAs(annotated);
		assertThat(view.getProperty("a")).isEqualTo("file2");
		assertThat(view.getProperty("p")).isEqualTo("file2");
		assertThat(view.getProperty("q")).isEqualTo("annotated");
	}

	@Test
	void aLiveSourceThePipelineProducedAndNoLongerProducesIsGoneFromTheView() throws Exception {
		write("application.yml", "a: main\n");
		Path extra = write("extra/application.yml", "a: extra\nb: extra\n");
		String location = "optional:file:" + extra.getParent() + "/";
		start("--spring.config.location=file:" + this.dir + "/," + location);
		assertThat(this.live.getProperty("b")).isEqualTo("extra");
		Files.delete(extra);
		CandidateEnvironment candidate = load();
		// An optional location may empty: no failure, and no source from it.
		assertThat(candidate.loaded().configDataOrigins().values()).extracting(ConfigDataOrigin::file)
			.containsExactly(this.dir.resolve("application.yml").toString());
		assertThat(candidate.view().getProperty("a")).isEqualTo("main");
		assertThat(candidate.view().getProperty("b")).isNull();
		// Only the sources named as produced before are replaced.
		assertThat(load(List.of()).view().getProperty("b")).isEqualTo("extra");
	}

	@Test
	void aFileAtAnOptionalLocationThatAppearsIsLoadedAndSaysItIsOptional() throws Exception {
		write("application.yml", "a: main\n");
		Path extraDir = this.dir.resolve("extra");
		String location = "optional:file:" + extraDir + "/";
		start("--spring.config.location=file:" + this.dir + "/," + location);
		Path extra = write("extra/application.yml", "b: extra\n");
		CandidateEnvironment candidate = load();
		assertThat(candidate.view().getProperty("b")).isEqualTo("extra");
		assertThat(candidate.loaded().configDataOrigins().values())
			.contains(new ConfigDataOrigin(location, true, extra.toString()));
	}

	@Test
	void aFileDeletedFromADirectoryLocationIsMissingFromTheOriginsWithoutAFailure() throws Exception {
		Path file = write("application.yml", "a: 1\n");
		start("--spring.config.location=file:" + this.dir + "/");
		Files.delete(file);
		// What lets the refresh say that a file it started from is gone.
		CandidateEnvironment candidate = load();
		assertThat(candidate.loaded().configDataOrigins()).isEmpty();
		assertThat(candidate.view().getProperty("a")).isNull();
	}

	@Test
	void aDeletedFileNamedAsTheLocationIsRejected() throws Exception {
		Path file = write("application.yml", "a: 1\n");
		start("--spring.config.location=file:" + file);
		Files.delete(file);
		assertThatExceptionOfType(CandidateRejectedException.class).isThrownBy(this::load)
			.withMessageContaining(file.toString());
	}

	@Test
	void aDirectoryLocationThatIsNotOptionalAndHasGoneIsRejected() throws Exception {
		write("application.yml", "a: 1\n");
		Path extra = write("extra/application.yml", "b: 2\n");
		start("--spring.config.location=file:" + this.dir + "/,file:" + extra.getParent() + "/");
		Files.delete(extra);
		Files.delete(extra.getParent());
		assertThatExceptionOfType(CandidateRejectedException.class).isThrownBy(this::load)
			.withMessageContaining(extra.getParent().toString());
	}

	@Test
	void whatOtherPostProcessorsAddIsProducedTooButOnlyConfigDataHasOrigins() throws Exception {
		write("application.yml", "a: file\n");
		start("--spring.config.location=file:" + this.dir + "/", "--spring.application.json={\"j\":\"json\"}");
		PropertySource<?> liveRandom = this.live.getPropertySources().get("random");
		CandidateEnvironment candidate = load();
		assertThat(candidate.loaded().producedNames()).contains("random", "spring.application.json");
		assertThat(candidate.loaded().configDataOrigins()).hasSize(1);
		assertThat(candidate.loaded().configData()).hasSize(1);
		StandardEnvironment view = candidate.view();
		assertThat(view.getProperty("j")).isEqualTo("json");
		assertThat(view.getProperty("random.uuid")).hasSize(36);
		// Each once, the candidate's in place of the live one.
		assertThat(names(view)).containsOnlyOnce("random", "spring.application.json");
		assertThat(view.getPropertySources().get("random")).isNotSameAs(liveRandom);
	}

	@Test
	void theLiveProfilesLoadTheirFiles() throws Exception {
		write("application.yml", "a: base\nb: base\n");
		write("application-prod.yml", "a: prod\n");
		start("--spring.config.location=file:" + this.dir + "/", "--spring.profiles.active=prod");
		assertThat(this.live.getActiveProfiles()).containsExactly("prod");
		write("application-prod.yml", "a: prod2\n");
		CandidateEnvironment candidate = load();
		assertThat(candidate.view().getProperty("a")).isEqualTo("prod2");
		assertThat(candidate.view().getProperty("b")).isEqualTo("base");
		assertThat(ConfigFiles.files(candidate.loaded().configDataOrigins())).containsExactly(
				this.dir.resolve("application-prod.yml").toString(), this.dir.resolve("application.yml").toString());
	}

	@Test
	void aFileCannotActivateOtherProfilesOnARefresh() throws Exception {
		write("application.yml", "a: base\n");
		write("application-other.yml", "a: other\n");
		start("--spring.config.location=file:" + this.dir + "/");
		write("application.yml", "a: base\nspring.profiles.active: other\n");
		CandidateEnvironment candidate = load();
		assertThat(candidate.view().getProperty("a")).isEqualTo("base");
		assertThat(ConfigFiles.files(candidate.loaded().configDataOrigins()))
			.containsExactly(this.dir.resolve("application.yml").toString());
		// At startup the same file would have.
		StandardEnvironment fresh = startedEnvironment("--spring.config.location=file:" + this.dir + "/");
		assertThat(fresh.getActiveProfiles()).containsExactly("other");
		assertThat(fresh.getProperty("a")).isEqualTo("other");
	}

	@Test
	void aFileCannotIncludeOtherProfilesOnARefresh() throws Exception {
		write("application.yml", "a: base\n");
		write("application-extra.yml", "b: extra\n");
		start("--spring.config.location=file:" + this.dir + "/");
		assertThat(this.live.getActiveProfiles()).isEmpty();
		// Spring Boot reads spring.profiles.include from each file on its own: the live
		// profiles above the files cannot hide it.
		write("application.yml", "a: base\nspring.profiles.include: extra\n");
		assertThatExceptionOfType(CandidateRejectedException.class).isThrownBy(this::load)
			.withMessage(NEW_PROFILE)
			.withMessageNotContaining("extra");
		assertThat(this.live.getProperty("b")).isNull();
	}

	@Test
	void aFileCannotAddAProfileToAGroupOfALiveProfileOnARefresh() throws Exception {
		write("application.yml", "a: base\n");
		write("application-prod.yml", "a: prod\n");
		write("application-extra.yml", "b: extra\n");
		start("--spring.config.location=file:" + this.dir + "/", "--spring.profiles.active=prod");
		write("application.yml", "a: base\nspring.profiles.group.prod: extra\n");
		assertThatExceptionOfType(CandidateRejectedException.class).isThrownBy(this::load)
			.withMessage(NEW_PROFILE)
			.withMessageNotContaining("extra");
	}

	@Test
	void aFileCannotChangeTheDefaultProfileOnARefresh() throws Exception {
		write("application.yml", "a: base\n");
		write("application-other.yml", "b: other\n");
		start("--spring.config.location=file:" + this.dir + "/");
		assertThat(this.live.getActiveProfiles()).isEmpty();
		write("application.yml", "a: base\nspring.profiles.default: other\n");
		assertThatExceptionOfType(CandidateRejectedException.class).isThrownBy(this::load).withMessage(NEW_PROFILE);
	}

	@Test
	void aGroupOfAProfileThatIsNotActiveChangesNothing() throws Exception {
		write("application.yml", "a: base\n");
		write("application-extra.yml", "b: extra\n");
		start("--spring.config.location=file:" + this.dir + "/", "--spring.profiles.active=prod");
		write("application.yml", "a: changed\nspring.profiles.group.staging: extra\n");
		CandidateEnvironment candidate = load();
		assertThat(candidate.view().getProperty("a")).isEqualTo("changed");
		assertThat(candidate.view().getProperty("b")).isNull();
	}

	@Test
	void aBrokenFileIsRejectedNamingItWithoutAnyValueOfIt() throws Exception {
		Path file = write("application.yml", "orders:\n  max: 100\n");
		start("--spring.config.location=file:" + this.dir + "/");
		write("application.yml",
				"orders:\n  name: tangerine\ndb:\n  password: \"hunter2-s3cret\n  url: jdbc:x://clementine\n");
		assertThatExceptionOfType(CandidateRejectedException.class)
			.isThrownBy(() -> load(this.liveProduced, List.of(file.toString()), null))
			.satisfies((ex) -> {
				assertThat(ex.getMessage()).startsWith("file " + file + ": ").contains("line ");
				assertThat(ex.getMessage()).doesNotContain("tangerine", "hunter2", "s3cret", "clementine");
			});
		assertThat(this.live.getProperty("orders.max")).isEqualTo("100");
	}

	@Test
	void aBrokenPropertiesFileDoesNotShowItsValuesEither() throws Exception {
		Path file = write("application.properties", "orders.max=100\n");
		start("--spring.config.location=file:" + this.dir + "/");
		write("application.properties", "orders.name=tangerine\ndb.password=hunter2-s3cret\\u12G4\n");
		assertThatExceptionOfType(CandidateRejectedException.class)
			.isThrownBy(() -> load(this.liveProduced, List.of(file.toString()), null))
			.satisfies((ex) -> {
				assertThat(ex.getMessage()).startsWith("file " + file + ": ");
				assertThat(ex.getMessage()).doesNotContain("tangerine", "hunter2", "s3cret");
			});
	}

	@Test
	void aFileLargerThanTheBoundIsRejectedBeforeItIsParsed() throws Exception {
		Path file = write("application.yml", "a: 1\n");
		start("--spring.config.location=file:" + this.dir + "/");
		// Not even YAML: had it been parsed, the parser would have said so.
		write("application.yml", "a: [" + "x".repeat(2000));
		assertThatExceptionOfType(CandidateRejectedException.class)
			.isThrownBy(() -> load(this.liveProduced, List.of(file.toString()), DataSize.ofKilobytes(1)))
			.withMessage("file " + file + " is 2004 bytes, larger than lifecycle.refresh.max-file-size (1024 bytes);"
					+ " it was not read");
	}

	@Test
	void aNewFileLargerThanTheBoundIsRejectedWhenTheLoaderOpensIt() throws Exception {
		write("application.yml", "a: 1\n");
		start("--spring.config.location=file:" + this.dir + "/");
		Path imported = write("imported.yml", "b: " + "x".repeat(2000) + "\n");
		write("application.yml", "a: 1\nspring.config.import: file:" + imported + "\n");
		// Not among the files the live configuration came from: held to the bound all the
		// same.
		assertThatExceptionOfType(CandidateRejectedException.class)
			.isThrownBy(() -> load(this.liveProduced, List.of(), DataSize.ofKilobytes(1)))
			.withMessageStartingWith("file " + imported + " is ")
			.withMessageContaining("larger than lifecycle.refresh.max-file-size");
		// Unbounded, it loads.
		assertThat(load(this.liveProduced, List.of(), null).view().getProperty("b")).hasSize(2000);
	}

	@Test
	void flattenGivesEachKeyTheValueOfTheFirstSourceThatHasOne() {
		Map<String, Object> withNull = new HashMap<>();
		withNull.put("a", null);
		withNull.put("b", "first");
		PropertySource<Object> notEnumerable = new PropertySource<>("lookup", new Object()) {

			@Override
			public Object getProperty(String name) {
				return "never";
			}

		};
		Map<String, Object> flat = CandidateEnvironment.flatten(List.of(new MapPropertySource("first", withNull),
				notEnumerable, new MapPropertySource("second", Map.of("a", "second", "b", "second", "c", "second"))));
		assertThat(flat).containsExactlyInAnyOrderEntriesOf(Map.of("a", "second", "b", "first", "c", "second"));
	}

	private Path write(String name, String content) throws IOException {
		Path file = this.dir.resolve(name);
		Files.createDirectories(file.getParent());
		return Files.writeString(file, content);
	}

	// What SpringApplication does to its environment before the context starts, and what
	// the refresher loads once it has.
	private void start(String... args) throws CandidateRejectedException {
		StandardEnvironment environment = environment(args);
		MutablePropertySources sources = this.live.getPropertySources();
		names(this.live).forEach(sources::remove);
		environment.getPropertySources().forEach(sources::addLast);
		this.pipeline.run(this.live, this.resources, new ConfigDataSources());
		CandidateEnvironment baseline = load(List.of(), List.of(), null);
		this.liveProduced = List.copyOf(baseline.loaded().producedNames());
		assertThat(this.liveProduced).isNotEmpty();
	}

	private StandardEnvironment startedEnvironment(String... args) {
		StandardEnvironment environment = environment(args);
		this.pipeline.run(environment, this.resources, new ConfigDataSources());
		return environment;
	}

	private StandardEnvironment environment(String... args) {
		StandardEnvironment environment = new StandardEnvironment();
		MutablePropertySources sources = environment.getPropertySources();
		sources.addFirst(new SimpleCommandLinePropertySource(args));
		// Never the JVM's own: they are shared by every test.
		sources.replace("systemProperties", new MapPropertySource("systemProperties", this.systemProperties));
		sources.replace("systemEnvironment", new SystemEnvironmentPropertySource("systemEnvironment", Map.of()));
		sources.addLast(new MapPropertySource("defaultProperties", this.defaultProperties));
		return environment;
	}

	private CandidateEnvironment load() throws CandidateRejectedException {
		return load(this.liveProduced);
	}

	private CandidateEnvironment load(Collection<String> liveProduced) throws CandidateRejectedException {
		return load(liveProduced, List.of(), null);
	}

	private CandidateEnvironment load(Collection<String> liveProduced, Collection<String> liveFiles,
			@Nullable DataSize maxFileSize) throws CandidateRejectedException {
		return CandidateEnvironment.load(this.live, this.pipeline, this.resources, liveProduced, liveFiles,
				maxFileSize);
	}

	private static List<String> names(StandardEnvironment environment) {
		return environment.getPropertySources().stream().map(PropertySource::getName).toList();
	}

	private static String configDataName(List<String> names) {
		return names.stream().filter((name) -> name.contains("application.yml")).findFirst().orElseThrow();
	}

	private static int identity(Object one, Object other) {
		return (one == other) ? 0 : 1;
	}

}
