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

package io.github.lifecyclesignals.drain;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.github.lifecyclesignals.state.DrainSettings.AdaptiveDelay;
import io.github.lifecyclesignals.state.InFlightRequests;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class PreStopDelayTests {

	private final InFlightRequests requests = new InFlightRequests();

	private final CountDownLatch cut = new CountDownLatch(1);

	private final AdaptiveDelay adaptive = new AdaptiveDelay(Duration.ofMillis(50), 2, Duration.ofMillis(100));

	@Test
	void adaptiveDelayEndsOnceEnoughProbesSawTheRefusalAndTrafficIsQuiet() throws Exception {
		CompletableFuture<String> note = CompletableFuture
			.supplyAsync(() -> PreStopDelay.await(Duration.ofSeconds(30), this.adaptive, this.requests, this.cut));
		// Probe periodically, as a load balancer does, until the delay ends.
		await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(20)).until(() -> {
			this.requests.finished(this.requests.started("GET", "/actuator/health/readiness"));
			return note.isDone();
		});
		assertThat(note.get(1, TimeUnit.SECONDS))
			.containsPattern("adaptive delay ended: \\d+ probe\\(s\\) answered 503");
	}

	@Test
	void adaptiveDelayFallsBackToTheCeilingWhenNothingProbes() {
		long start = System.nanoTime();
		String note = PreStopDelay.await(Duration.ofMillis(300), this.adaptive, this.requests, this.cut);
		assertThat(note).contains("reached its ceiling (0 probe(s)");
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
	}

	@Test
	void fixedDelayIsCutShortByEscalation() {
		this.cut.countDown();
		long start = System.nanoTime();
		assertThat(PreStopDelay.await(Duration.ofSeconds(30), null, this.requests, this.cut)).isEmpty();
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
	}

}
