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

/**
 * What happens on SIGHUP, the nginx way: load the candidate configuration apart from the
 * live one, validate it, apply it only if all of it is valid, otherwise keep the old one
 * and say why.
 * <p>
 * Glossary: <b>RefreshCoordinator</b> runs one refresh at a time and coalesces a burst;
 * <b>TransactionalRefresher</b> is one refresh: <b>CandidateEnvironment</b> loads the
 * candidate (through <b>ConfigDataLoading</b>, which differs between Spring Boot lines,
 * <b>ConfigFiles</b> and <b>PackagedResources</b>), <b>CandidateValidator</b> validates
 * it (with every <b>ConfigurationCandidateCheck</b>, API), <b>KeyClassifier</b> says what
 * each changed key becomes (a <b>KeyClassification</b>, API: live, restart-required,
 * shadowed, unused), then it is applied through spring-cloud-context
 * (<b>LiveConfigData</b>, <b>LoggingLevels</b>) or put back. <b>RefreshHistory</b> is the
 * feature's status; each refresh is a <b>RefreshRecord</b> with a <b>RefreshOutcome</b>,
 * published as <b>ConfigurationRefreshStartedEvent</b> and
 * <b>ConfigurationRefreshEvent</b> (all API). <b>ConfigFileWatch</b> refreshes when the
 * files change. <b>TransactionalContextRefresher</b> keeps spring-cloud-context's
 * {@code /actuator/refresh} on the same path. <b>RefreshDescription</b> (API) is what the
 * endpoint shows.
 */
@NullMarked
package io.github.lifecyclesignals.refresh;

import org.jspecify.annotations.NullMarked;
