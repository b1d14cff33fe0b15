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

package io.github.lifecyclesignals.status;

import java.util.ArrayList;
import java.util.List;

import io.github.lifecyclesignals.Durations;
import io.github.lifecyclesignals.connection.ConnectionsSnapshot;
import io.github.lifecyclesignals.drain.DrainSnapshot;
import io.github.lifecyclesignals.refresh.RefreshSnapshot;
import io.github.lifecyclesignals.signal.SignalBinding;
import io.github.lifecyclesignals.signal.SignalsSnapshot;
import io.github.lifecyclesignals.signal.Trigger;
import io.github.lifecyclesignals.signal.TriggeredAction;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * The {@code log-state} action: one log line with the lifecycle state, so that an
 * operator with a shell but no HTTP access can ask a process what it is doing.
 *
 * @author lifecycle-signals maintainers
 * @since 0.1.0
 */
public final class LogStateAction implements TriggeredAction {

	private static final Log logger = LogFactory.getLog(LogStateAction.class);

	private final LifecycleStatus status;

	public LogStateAction(LifecycleStatus status) {
		this.status = status;
	}

	@Override
	public String run(Trigger trigger) {
		LifecycleSnapshot snapshot = this.status.snapshot();
		List<String> parts = new ArrayList<>();
		parts.add("phase=" + snapshot.phase() + " since " + snapshot.since());
		DrainSnapshot drain = snapshot.drain();
		if (drain != null) {
			parts.add("inFlight=" + drain.inFlight()
					+ ((drain.inFlight() > 0) ? " (oldest " + Durations.format(drain.oldestInFlight()) + ")" : ""));
			parts.add("served=" + drain.requestsServed());
			ConnectionsSnapshot connections = snapshot.connections();
			if (connections != null) {
				parts.add("streams=" + connections.streams());
				parts.add("webSockets=" + connections.webSockets());
			}
			DrainSnapshot.Progress progress = drain.progress();
			if (progress != null) {
				DrainSnapshot.End end = progress.end();
				parts.add("drain=" + progress.step() + ((end != null) ? "/" + end.result() : ""));
			}
		}
		SignalsSnapshot signals = snapshot.signals();
		if (signals != null) {
			List<String> bindings = new ArrayList<>();
			for (SignalBinding binding : signals.bindings()) {
				bindings.add(binding.signal() + "->" + binding.action()
						+ (binding.receiving() ? "" : " " + binding.status()));
			}
			parts.add("signals=" + bindings);
		}
		RefreshSnapshot refresh = snapshot.refresh();
		if (refresh != null) {
			parts.add("refreshes=" + refresh.counts());
			parts.add("configHash=" + refresh.configHash());
		}
		logger.info("Lifecycle state on " + trigger + ": " + String.join(", ", parts));
		return "state logged";
	}

}
