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
 * What happens on SIGTERM and SIGINT: refuse readiness, keep serving through the pre-stop
 * delay, close the context within one budget, exit with a clean code.
 * <p>
 * Glossary, in the order a drain meets them:
 * <ul>
 * <li><b>GracefulDrain</b>: the one drain a process can have. Its {@code request} starts
 * it, escalates it or halts, as <b>DrainEscalation</b> decides; <b>DrainDeadline</b>
 * halts when the budget ({@code lifecycle.drain.timeout}) runs out.</li>
 * <li><b>DrainSteps</b>: the steps on the drain's own thread (readiness, pre-stop delay,
 * startup, close), each a <b>DrainStep</b>, timed in <b>DrainProgress</b>.</li>
 * <li><b>PreStopDelay</b>: the wait while load balancers notice, fixed or adaptive;
 * <b>PreStopDelayOnClose</b> runs it for a close no signal started, when asked to.</li>
 * <li><b>InFlightRequests</b>: the requests being served, counted by
 * <b>InFlightServletFilter</b> and <b>InFlightWebFilter</b>.</li>
 * <li><b>DrainParticipant</b> (API): a bean that holds work; <b>DrainParticipants</b>
 * tells them to drain and asks each, on a <b>ParticipantWatch</b> thread, what it still
 * holds; <b>ParticipantsWait</b> awaits them in Spring Boot's graceful shutdown phase,
 * beside the web server; <b>ExecutorTasks</b> is the built-in participant for the
 * application's executors.</li>
 * <li><b>GracefulShutdownBoundary</b>: marks the entry into and the exit from that phase;
 * <b>GracefulShutdownWindow</b> records which requests outlived its wait, and ends the
 * wait when a repeated signal asks; <b>ShutdownPhaseTimeout</b> fits Spring's per-phase
 * timeout into what is left of the budget.</li>
 * <li><b>DrainExit</b>: the ways a drain ends (ran through, budget exhausted, forced,
 * failed), each summed up in one line, ending in <b>ProcessExit</b>; its
 * <b>DrainResult</b> (API) and <b>DrainSnapshot.Outcome</b> say how it ended.</li>
 * <li><b>StartupGate</b> and <b>ReadinessGuard</b>: keep a drain that began during
 * startup in charge of readiness.</li>
 * <li><b>DrainSettings</b>: {@code lifecycle.drain.*} resolved and checked, from
 * <b>DrainProperties</b> (API); <b>DrainDescription</b> (API) is what the endpoint shows,
 * <b>DrainContributor</b> and <b>DrainMeters</b> what the read side and the meters
 * read.</li>
 * </ul>
 */
@NullMarked
package io.github.lifecyclesignals.drain;

import org.jspecify.annotations.NullMarked;
