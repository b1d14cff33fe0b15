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

package io.github.lifecyclesignals.signal;

import java.time.Clock;
import java.time.Duration;

import io.github.lifecyclesignals.internal.ActionTrigger;
import io.github.lifecyclesignals.internal.BuiltInAction;
import io.github.lifecyclesignals.internal.BuiltInActionHandler;
import io.github.lifecyclesignals.signal.SignalPlan.BuiltIn;
import io.github.lifecyclesignals.signal.SignalPlan.LeftToJvm;
import io.github.lifecyclesignals.signal.SignalPlan.UserBean;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

/**
 * Where every request for an action enters: signals from {@link SignalBindingLifecycle}
 * and the {@code lifecycle} endpoint's write operations. It records each one, then runs a
 * built-in action at once on the calling thread (the JVM starts a thread per signal, and
 * built-in actions only hand work to their own threads), and queues a user's action on
 * the {@link UserActionQueue}, so that no user action can ever hold up a drain or its
 * escalation.
 *
 * @author lifecycle-signals maintainers
 * @since 0.1.0
 */
final class SignalDispatcher implements ActionTrigger {

	private static final Log logger = LogFactory.getLog(SignalDispatcher.class);

	private final SignalHistory history;

	private final SignalActions actions;

	private final Duration actionTimeout;

	private volatile @Nullable UserActionQueue userActions;

	private final Clock clock;

	/**
	 * Creates a dispatcher.
	 * @param history where handled signals are recorded
	 * @param actions the available actions
	 * @param actionTimeout how long a user's action may run before it is reported as
	 * stuck
	 * @param clock the clock for the times shown to people
	 */
	SignalDispatcher(SignalHistory history, SignalActions actions, Duration actionTimeout, Clock clock) {
		this.history = history;
		this.actions = actions;
		this.actionTimeout = actionTimeout;
		this.clock = clock;
	}

	/**
	 * Handles a signal, on the JVM's thread for it.
	 * @param number the signal number
	 * @param entry what the plan says to do
	 */
	void signalled(int number, SignalPlan.Entry entry) {
		ReceivedSignal signal = new ReceivedSignal(entry.signal(), number, this.clock.instant());
		this.history.received(signal.name());
		if (entry.action() instanceof BuiltIn builtIn) {
			Trigger trigger = Trigger.of(signal);
			String outcome = runBuiltIn(builtIn.implementation(), trigger);
			logger.info("Received " + trigger + ", " + entry.actionName() + ": " + outcome);
			record(trigger.name(), signal, entry.actionName(), outcome);
		}
		else if (entry.action() instanceof UserBean user) {
			UserActionQueue lane = this.userActions;
			if (lane != null) {
				lane.submit(signal, user.name(), user.action(),
						(outcome) -> record("SIG" + signal.name(), signal, user.name(), outcome));
			}
			else {
				record("SIG" + signal.name(), signal, user.name(), "not run: the application is stopped");
			}
		}
		else if (entry.action() instanceof LeftToJvm) {
			// Never bound: the JVM handles it.
		}
	}

	/**
	 * Runs a built-in action for the {@code lifecycle} endpoint, exactly as a signal
	 * would, with trigger {@code actuator}.
	 * @param action the action
	 * @return what was done
	 */
	@Override
	public String trigger(BuiltInAction action) {
		BuiltInActionHandler implementation = this.actions.builtIn(action);
		String outcome = (implementation != null) ? runBuiltIn(implementation, Trigger.ACTUATOR)
				: "not available: needs " + SignalActions.requirement(action);
		logger.info("Endpoint asked for " + action + ": " + outcome);
		this.history
			.handled(new SignalRecord(Trigger.ACTUATOR.name(), this.clock.instant(), action.configName(), outcome));
		return outcome;
	}

	private String runBuiltIn(BuiltInActionHandler action, Trigger trigger) {
		try {
			return action.run(trigger);
		}
		catch (Throwable ex) {
			logger.error(trigger + ": action failed", ex);
			return "failed: " + ex.getClass().getSimpleName();
		}
	}

	private void record(String trigger, ReceivedSignal signal, String action, String outcome) {
		this.history.handled(new SignalRecord(trigger, signal.receivedAt(), action, outcome));
	}

	synchronized void start() {
		if (this.userActions == null) {
			this.userActions = new UserActionQueue(this.actionTimeout);
		}
	}

	synchronized void stop() {
		UserActionQueue lane = this.userActions;
		if (lane != null) {
			lane.stop();
			this.userActions = null;
		}
	}

}
