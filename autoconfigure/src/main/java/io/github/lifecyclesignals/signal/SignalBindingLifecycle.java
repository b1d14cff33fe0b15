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

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import io.github.lifecyclesignals.state.BindingStatus;
import io.github.lifecyclesignals.state.DrainStatus;
import io.github.lifecyclesignals.state.LifecycleState;
import io.github.lifecyclesignals.state.SignalBinding;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.context.SmartLifecycle;

/**
 * Binds the planned signals when the context starts and restores the previous handlers
 * when it stops, unless a drain is under way: then the process is ending and a second
 * signal must still reach us to escalate.
 *
 * @author lifecycle-signals maintainers
 * @since 0.1.0
 */
public final class SignalBindingLifecycle implements SmartLifecycle {

	/**
	 * Phase of this bean: lower than every regular lifecycle bean (the web server starts
	 * at {@code DEFAULT_PHASE - 2048}), so signals are bound before the application
	 * serves and stay bound until every other phase has stopped.
	 */
	public static final int PHASE = Integer.MIN_VALUE + 1024;

	private static final Log logger = LogFactory.getLog(SignalBindingLifecycle.class);

	private final SignalPlan plan;

	private final SignalRegistrar registrar;

	private final SignalDispatcher dispatcher;

	private final LifecycleState state;

	private final List<SignalRegistrar.Registration> registrations = new ArrayList<>();

	private volatile boolean running;

	public SignalBindingLifecycle(SignalPlan plan, SignalRegistrar registrar, SignalDispatcher dispatcher,
			LifecycleState state) {
		this.plan = plan;
		this.registrar = registrar;
		this.dispatcher = dispatcher;
		this.state = state;
	}

	@Override
	public void start() {
		this.dispatcher.start();
		List<SignalBinding> bindings = new ArrayList<>();
		for (SignalPlan.Entry entry : this.plan.entries()) {
			bindings.add(bind(entry));
		}
		this.state.bindings(bindings);
		logger.info("Lifecycle signals: " + bindings.stream().map(this::describe).collect(Collectors.joining(", ")));
		this.running = true;
	}

	private SignalBinding bind(SignalPlan.Entry entry) {
		SignalAction action = entry.action();
		if (action == null) {
			return new SignalBinding(entry.signal(), entry.actionName(), BindingStatus.DEFAULT, entry.reasonLeftToJvm(),
					null);
		}
		try {
			SignalRegistrar.Registration registration = this.registrar.register(entry.signal(),
					(number) -> this.dispatcher.dispatch(new ReceivedSignal(entry.signal(), number, this.state.now()),
							entry.actionName(), action));
			this.registrations.add(registration);
			return new SignalBinding(entry.signal(), entry.actionName(), BindingStatus.BOUND, null,
					registration.replaced());
		}
		catch (SignalRefusedException ex) {
			return new SignalBinding(entry.signal(), entry.actionName(), BindingStatus.REFUSED, ex.getMessage(), null);
		}
	}

	private String describe(SignalBinding binding) {
		if (binding.status() == BindingStatus.BOUND && binding.replaced() != null) {
			return binding + " (replaces " + binding.replaced() + ")";
		}
		return binding.toString();
	}

	@Override
	public void stop() {
		DrainStatus drain = this.state.drain();
		if (drain != null && drain.result() == null) {
			logger.debug("Drain under way: signal handlers stay bound until the process exits");
		}
		else {
			this.registrations.forEach(SignalRegistrar.Registration::restore);
			this.registrations.clear();
			this.dispatcher.stop();
		}
		this.running = false;
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@Override
	public int getPhase() {
		return PHASE;
	}

}
