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

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;

/**
 * A scenario that only the main line runs (Spring Boot 4.1, JDK 17). Its outcome is
 * decided by the starter's own code over APIs that every line has alike (files, numbers,
 * counting, the order of its own steps), or it measures plain Spring Boot for comparison,
 * so another line would run the same code to the same end. Every other process scenario
 * runs on every line: those depend on what a line changes, namely the JDK's signal rules,
 * Boot's web servers, environment and Actuator, Spring Cloud's refresh, AOT and the
 * broker and tracing clients. The other lines leave these out with
 * {@code -DexcludedGroups=main-line-only} ({@code .ci/combination}, {@code .ci/run}).
 */
@Target({ ElementType.TYPE, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Tag("main-line-only")
@interface MainLineOnly {

	/**
	 * Why another line would reach the same outcome.
	 * @return the reason
	 */
	String value();

}
