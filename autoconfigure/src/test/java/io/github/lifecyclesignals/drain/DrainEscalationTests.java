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
import java.util.Set;

import io.github.lifecyclesignals.drain.DrainEscalation.Decision;
import io.github.lifecyclesignals.signal.Trigger;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link DrainEscalation}.
 *
 * @author lifecycle-signals maintainers
 */
class DrainEscalationTests {

	private static final Trigger TERM = new Trigger("SIGTERM", 15);

	private static final Trigger INT = new Trigger("SIGINT", 2);

	private static final long MS = 1_000_000L;

	private final DrainEscalation escalation = new DrainEscalation(Set.of("TERM", "INT"), Duration.ofSeconds(1));

	@Test
	void aBurstOfOneSignalIsOneSignal() {
		assertThat(this.escalation.decide(TERM, 0)).isEqualTo(Decision.START);
		for (int i = 1; i < 50; i++) {
			assertThat(this.escalation.decide(TERM, i * 2 * MS)).as("copy %d", i).isEqualTo(Decision.SAME_SIGNAL);
		}
	}

	@Test
	void repetitionsFartherApartThanTheIntervalEscalateThenHalt() {
		assertThat(this.escalation.decide(TERM, 0)).isEqualTo(Decision.START);
		assertThat(this.escalation.decide(TERM, 1000 * MS)).isEqualTo(Decision.SKIP_WAITS);
		assertThat(this.escalation.decide(TERM, 1500 * MS)).isEqualTo(Decision.SAME_SIGNAL);
		assertThat(this.escalation.decide(TERM, 2000 * MS)).isEqualTo(Decision.HALT);
	}

	@Test
	void theIntervalCountsFromTheLastSignalThatCountedNotFromTheLastCopy() {
		// A kill loop that never pauses still escalates, once a second.
		assertThat(this.escalation.decide(TERM, 0)).isEqualTo(Decision.START);
		for (long at = 100; at < 1000; at += 100) {
			assertThat(this.escalation.decide(TERM, at * MS)).isEqualTo(Decision.SAME_SIGNAL);
		}
		assertThat(this.escalation.decide(TERM, 1000 * MS)).isEqualTo(Decision.SKIP_WAITS);
	}

	@Test
	void anotherSignalsFirstArrivalIsNotARepetitionAndItsCopiesAreCopies() {
		assertThat(this.escalation.decide(TERM, 0)).isEqualTo(Decision.START);
		assertThat(this.escalation.decide(INT, 10 * MS)).isEqualTo(Decision.ALREADY_DRAINING);
		assertThat(this.escalation.decide(INT, 60 * MS)).isEqualTo(Decision.SAME_SIGNAL);
		assertThat(this.escalation.decide(INT, 1100 * MS)).isEqualTo(Decision.SKIP_WAITS);
	}

	@Test
	void theEndpointNeverEscalates() {
		assertThat(this.escalation.decide(Trigger.ACTUATOR, 0)).isEqualTo(Decision.START);
		assertThat(this.escalation.decide(Trigger.ACTUATOR, 5000 * MS)).isEqualTo(Decision.ALREADY_DRAINING);
		assertThat(this.escalation.decide(TERM, 6000 * MS)).isEqualTo(Decision.ALREADY_DRAINING);
	}

	@Test
	void withoutAnIntervalEveryRepetitionCounts() {
		DrainEscalation immediate = new DrainEscalation(Set.of("TERM"), Duration.ZERO);
		assertThat(immediate.decide(TERM, 0)).isEqualTo(Decision.START);
		assertThat(immediate.decide(TERM, 1)).isEqualTo(Decision.SKIP_WAITS);
		assertThat(immediate.decide(TERM, 2)).isEqualTo(Decision.HALT);
	}

}
