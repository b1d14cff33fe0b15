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

package io.github.lifecyclesignals.systemd;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import io.github.lifecyclesignals.drain.DrainStartedEvent;
import io.github.lifecyclesignals.refresh.ConfigurationRefreshEvent;
import io.github.lifecyclesignals.refresh.ConfigurationRefreshStartedEvent;
import io.github.lifecyclesignals.refresh.RefreshOutcome;
import io.github.lifecyclesignals.signal.Trigger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.LivenessState;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.event.SmartApplicationListener;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.Ordered;

import static org.assertj.core.api.Assertions.assertThat;

class SystemdNotifyTests {

	private final GenericApplicationContext context = new GenericApplicationContext();

	private final List<String> sent = new CopyOnWriteArrayList<>();

	private final SystemdNotify notify = new SystemdNotify(this.context, this.sent::add, null, () -> null,
			() -> LivenessState.CORRECT);

	@AfterEach
	void destroy() {
		this.notify.destroy();
	}

	@Test
	void readyOnceWhenAcceptingTraffic() {
		accepting();
		accepting();
		assertThat(this.sent).containsExactly("READY=1\nSTATUS=Accepting traffic");
	}

	@Test
	void reloadIsBracketedWithAMonotonicTimeAndEndsWithItsOutcome() {
		accepting();
		long before = System.nanoTime() / 1000;
		publish(new ConfigurationRefreshStartedEvent(this, new Trigger("SIGHUP", 1)));
		publish(refreshed(RefreshOutcome.REJECTED, "bad"));
		assertThat(this.sent).hasSize(3);
		String reloading = this.sent.get(1);
		assertThat(reloading).startsWith("RELOADING=1\nMONOTONIC_USEC=")
			.endsWith("\nSTATUS=Reloading configuration (trigger SIGHUP)");
		long monotonic = Long.parseLong(reloading.split("\n")[1].substring("MONOTONIC_USEC=".length()));
		assertThat(monotonic).isBetween(before, System.nanoTime() / 1000);
		assertThat(this.sent.get(2))
			.isEqualTo("READY=1\nSTATUS=Configuration refresh REJECTED (trigger SIGHUP, 1 changed key): bad");
	}

	@Test
	void nothingAboutReloadsBeforeReadyOrAfterStopping() {
		publish(new ConfigurationRefreshStartedEvent(this, new Trigger("SIGHUP", 1)));
		accepting();
		publish(new DrainStartedEvent(this.context, new Trigger("SIGTERM", 15)));
		publish(new ConfigurationRefreshStartedEvent(this, new Trigger("SIGHUP", 1)));
		this.notify.ended("Drain ended CLEAN after 1s", List.of());
		assertThat(this.sent).containsExactly("READY=1\nSTATUS=Accepting traffic",
				"STOPPING=1\nSTATUS=Draining (trigger SIGTERM)", "STATUS=Drain ended CLEAN after 1s");
	}

	@Test
	void statusIsOneLineOfBoundedLength() {
		accepting();
		publish(new ConfigurationRefreshStartedEvent(this, new Trigger("SIGHUP", 1)));
		publish(refreshed(RefreshOutcome.REJECTED, "first\nMAINPID=1\n" + "x".repeat(5000)));
		String ready = this.sent.get(2);
		assertThat(ready.split("\n")).hasSize(2);
		assertThat(ready).startsWith("READY=1\nSTATUS=").contains("first MAINPID=1 x").endsWith("...");
		assertThat(ready.length()).isLessThan(1100);
	}

	@Test
	void notifiedFirstSoThatAFailingListenerCannotKeepSystemdWaiting() {
		assertThat(this.notify.getOrder()).isEqualTo(Ordered.HIGHEST_PRECEDENCE);
	}

	@Test
	void inactiveWithoutNotifySocket() {
		SystemdNotify inactive = SystemdNotify.inactive(this.context);
		assertThat(inactive.isActive()).isFalse();
		inactive.onApplicationEvent(new AvailabilityChangeEvent<>(this.context, ReadinessState.ACCEPTING_TRAFFIC));
		inactive.destroy();
	}

	@Test
	void watchdogIntervalIsHalfOfWatchdogUsecForThisProcessOnly() {
		String pid = String.valueOf(ProcessHandle.current().pid());
		assertThat(SystemdNotify.watchdogInterval("10000000", null)).isEqualTo(Duration.ofSeconds(5));
		assertThat(SystemdNotify.watchdogInterval("10000000", pid)).isEqualTo(Duration.ofSeconds(5));
		assertThat(SystemdNotify.watchdogInterval("10000000", "1")).isNull();
		assertThat(SystemdNotify.watchdogInterval(null, null)).isNull();
		assertThat(SystemdNotify.watchdogInterval("0", null)).isNull();
		assertThat(SystemdNotify.watchdogInterval("ten", null)).isNull();
	}

	private void accepting() {
		publish(new AvailabilityChangeEvent<>(this.context, ReadinessState.ACCEPTING_TRAFFIC));
	}

	// As the context would: to every listener that supports the event.
	private void publish(ApplicationEvent event) {
		for (SmartApplicationListener listener : List.of(this.notify, new SystemdReloads(this.notify))) {
			if (listener.supportsEventType(event.getClass())) {
				listener.onApplicationEvent(event);
			}
		}
	}

	private ConfigurationRefreshEvent refreshed(RefreshOutcome outcome, String reason) {
		return new ConfigurationRefreshEvent(this, "SIGHUP", outcome, Set.of("orders.max-quantity"), reason,
				Duration.ofMillis(5));
	}

}
