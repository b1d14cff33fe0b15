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

import io.github.lifecyclesignals.drain.DrainSettings.AdaptiveDelay;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class PreStopDelayTests {

	private final InFlightRequests requests = new InFlightRequests("/actuator/health/readiness");

	private final CountDownLatch cut = new CountDownLatch(1);

	private final AdaptiveDelay adaptive = new AdaptiveDelay(Duration.ofMillis(50), 2, Duration.ofMillis(100));

	@Test
	void adaptiveDelayEndsOnceEnoughProbesSawTheRefusalAndTrafficIsQuiet() throws Exception {
		CompletableFuture<PreStopDelay.Result> end = CompletableFuture
			.supplyAsync(() -> PreStopDelay.await(Duration.ofSeconds(30), this.adaptive, this.requests, this.cut));
		// Probe periodically, as a load balancer does, until the delay ends.
		await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(20)).until(() -> {
			this.requests.finished(
					this.requests.started("GET", "/api/actuator/health/readiness", "/actuator/health/readiness"), true);
			return end.isDone();
		});
		assertThat(end.get(1, TimeUnit.SECONDS).reason()).isEqualTo(PreStopDelay.Reason.TRAFFIC_MOVED);
		assertThat(end.get().probes()).isGreaterThanOrEqualTo(2);
	}

	@Test
	void adaptiveDelayFallsBackToTheCeilingWhenNothingProbes() {
		long start = System.nanoTime();
		PreStopDelay.Result end = PreStopDelay.await(Duration.ofMillis(300), this.adaptive, this.requests, this.cut);
		assertThat(end).isEqualTo(new PreStopDelay.Result(PreStopDelay.Reason.CEILING, 0));
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
	}

	@Test
	void delayLongerThanNanosecondsCanCountIsStillCutShort() {
		this.cut.countDown();
		assertThat(PreStopDelay.await(Duration.ofDays(1_000_000), this.adaptive, this.requests, this.cut).reason())
			.isEqualTo(PreStopDelay.Reason.CUT);
	}

	@Test
	void fixedDelayIsCutShortByEscalation() {
		this.cut.countDown();
		long start = System.nanoTime();
		assertThat(PreStopDelay.await(Duration.ofSeconds(30), null, this.requests, this.cut).reason())
			.isEqualTo(PreStopDelay.Reason.CUT);
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
	}

}
