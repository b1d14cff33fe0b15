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

package io.github.lifecyclesignals.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public API of a module, as a checked-in list its build compares against: every
 * public type outside the {@code internal} packages, with its public and protected
 * members. A change to it fails the build until the list is updated on purpose, with
 * {@code -Dlifecycle.api.update=true}: a library's public API is a promise.
 */
public final class ApiBaseline {

	/** The system property that names a module's baseline file. */
	public static final String BASELINE = "lifecycle.api.baseline";

	private ApiBaseline() {
	}

	/**
	 * Compares the API of the classes in a folder with the module's baseline.
	 * @param classes the module's compiled classes, for example {@code target/classes}
	 */
	public static void assertUnchanged(Path classes) {
		String configured = System.getProperty(BASELINE);
		assertThat(configured).as("system property " + BASELINE).isNotBlank();
		Path baseline = Path.of(configured);
		List<String> api = describe(classes);
		try {
			if (Boolean.getBoolean("lifecycle.api.update")) {
				Files.createDirectories(baseline.toAbsolutePath().getParent());
				Files.write(baseline, api, StandardCharsets.UTF_8);
			}
			assertThat(api)
				.as("The public API differs from %s. If the change is meant, update the baseline with"
						+ " ./mvnw test -Dlifecycle.api.update=true and commit it", baseline)
				.containsExactlyElementsOf(Files.readAllLines(baseline, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * How many public types a module's API has, nested ones included.
	 * @param classes the module's compiled classes
	 * @return the count
	 */
	public static long typeCount(Path classes) {
		return describe(classes).stream().filter((line) -> !line.startsWith("  ")).count();
	}

	static List<String> describe(Path classes) {
		List<String> lines = new ArrayList<>();
		for (Class<?> type : apiTypes(classes)) {
			lines.add(Modifier.toString(type.getModifiers() & ~Modifier.INTERFACE) + " " + kind(type) + " "
					+ type.getName() + supertypes(type));
			List<String> members = new ArrayList<>();
			Stream.of(type.getDeclaredFields())
				.filter(ApiBaseline::isApi)
				.map(Field::toGenericString)
				.forEach(members::add);
			Stream.of(type.getDeclaredConstructors())
				.filter(ApiBaseline::isApi)
				.map(Constructor::toGenericString)
				.forEach(members::add);
			Stream.of(type.getDeclaredMethods())
				.filter(ApiBaseline::isApi)
				.filter((method) -> !method.isBridge())
				.map(Method::toGenericString)
				.forEach(members::add);
			members.stream().sorted().map((member) -> "  " + member).forEach(lines::add);
		}
		return lines;
	}

	private static List<Class<?>> apiTypes(Path classes) {
		try (Stream<Path> files = Files.walk(classes)) {
			return files.filter((file) -> file.toString().endsWith(".class"))
				.map((file) -> classes.relativize(file).toString().replace('\\', '/'))
				.filter((name) -> !name.endsWith("package-info.class") && !name.contains("/internal/"))
				.map((name) -> name.substring(0, name.length() - ".class".length()).replace('/', '.'))
				.sorted()
				.map(ApiBaseline::load)
				.filter(ApiBaseline::isApiType)
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Class<?> load(String name) {
		try {
			return Class.forName(name, false, ApiBaseline.class.getClassLoader());
		}
		catch (ClassNotFoundException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static boolean isApiType(Class<?> type) {
		for (Class<?> current = type; current != null; current = current.getEnclosingClass()) {
			if (!Modifier.isPublic(current.getModifiers()) || current.isAnonymousClass() || current.isSynthetic()) {
				return false;
			}
		}
		return true;
	}

	private static boolean isApi(Member member) {
		int modifiers = member.getModifiers();
		return !member.isSynthetic() && (Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers));
	}

	private static String kind(Class<?> type) {
		if (type.isAnnotation()) {
			return "@interface";
		}
		if (type.isInterface()) {
			return "interface";
		}
		if (type.isEnum()) {
			return "enum";
		}
		return type.isRecord() ? "record" : "class";
	}

	private static String supertypes(Class<?> type) {
		StringBuilder text = new StringBuilder();
		if (type.getGenericSuperclass() != null && type.getSuperclass() != Object.class && !type.isEnum()
				&& !type.isRecord()) {
			text.append(" extends ").append(type.getGenericSuperclass().getTypeName());
		}
		String[] interfaces = Arrays.stream(type.getGenericInterfaces())
			.map(java.lang.reflect.Type::getTypeName)
			.toArray(String[]::new);
		if (interfaces.length > 0) {
			text.append(type.isInterface() ? " extends " : " implements ").append(String.join(", ", interfaces));
		}
		return text.toString();
	}

}
