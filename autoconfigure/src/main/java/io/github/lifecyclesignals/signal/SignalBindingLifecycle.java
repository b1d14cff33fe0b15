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

import io.github.lifecyclesignals.internal.DrainInProgress;
import io.github.lifecyclesignals.signal.SignalHistory.Bound;
import io.github.lifecyclesignals.signal.SignalPlan.LeftToJvm;
import io.github.lifecyclesignals.signal.SignalRefusedException.Kind;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.context.SmartLifecycle;

/**
 * Binds the planned signals when the context starts and releases them when it stops,
 * unless a drain is under way: then the process is ending and a later signal must still
 * reach us to escalate.
 * <p>
 * A signal the user mapped explicitly that the VM reserves fails startup: the mapping
 * could never work, and some of those signals (USR2 on HotSpot) crash the VM when sent. A
 * signal that cannot arrive for another reason is reported at WARN with what to change.
 *
 * @author lifecycle-signals maintainers
 * @since 0.1.0
 */
final class SignalBindingLifecycle implements SmartLifecycle {

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

	private final SignalHistory history;

	private final DrainInProgress drain;

	private final List<SignalRegistrar.Registration> registrations = new ArrayList<>();

	private volatile boolean running;

	/**
	 * Creates the lifecycle.
	 * @param plan what to bind
	 * @param registrar how to bind
	 * @param dispatcher where signals go
	 * @param history where the bindings are recorded
	 * @param drain the drain, if there is one: while it is under way the handlers stay
	 * bound, so that a later signal can escalate it
	 */
	SignalBindingLifecycle(SignalPlan plan, SignalRegistrar registrar, SignalDispatcher dispatcher,
			SignalHistory history, DrainInProgress drain) {
		this.plan = plan;
		this.registrar = registrar;
		this.dispatcher = dispatcher;
		this.history = history;
		this.drain = drain;
	}

	@Override
	public void start() {
		this.dispatcher.start();
		List<Bound> bindings = new ArrayList<>();
		for (SignalPlan.Entry entry : this.plan.entries()) {
			Bound bound = bind(entry);
			bindings.add(bound);
			SignalBinding binding = bound.binding();
			if (entry.explicit() && binding.status() == BindingStatus.REFUSED) {
				releaseAll();
				throw new InvalidConfigurationPropertyValueException(SignalPlan.PROPERTY + "." + entry.signal(),
						entry.actionName(), binding.reason() + "; map the action to a free signal such as USR1");
			}
		}
		this.history.bindings(bindings);
		logger.info("Lifecycle signals: " + String.join(", ", bindings.stream().map(this::describe).toList()));
		for (Bound bound : bindings) {
			SignalBinding binding = bound.binding();
			if (binding.status() == BindingStatus.IGNORED) {
				logger.warn(binding.signal() + "->" + binding.action() + " is not bound: " + binding.reason()
						+ ". Start the JVM without nohup, or through env --default-signal=HUP,INT,TERM java ...");
			}
			else if (binding.status() == BindingStatus.REFUSED) {
				logger.warn(binding.signal() + "->" + binding.action() + " is not bound: " + binding.reason());
			}
		}
		this.running = true;
	}

	private Bound bind(SignalPlan.Entry entry) {
		if (entry.action() instanceof LeftToJvm leftToJvm) {
			return new Bound(new SignalBinding(entry.signal(), entry.actionName(), BindingStatus.DEFAULT,
					leftToJvm.reason(), null), null);
		}
		try {
			SignalRegistrar.Registration registration = this.registrar.register(entry.signal(),
					(number) -> this.dispatcher.signalled(number, entry));
			this.registrations.add(registration);
			return new Bound(new SignalBinding(entry.signal(), entry.actionName(), BindingStatus.BOUND, null,
					registration.replaced()), registration);
		}
		catch (SignalRefusedException ex) {
			BindingStatus status = (ex.getKind() == Kind.IGNORED_AT_LAUNCH) ? BindingStatus.IGNORED
					: BindingStatus.REFUSED;
			return new Bound(new SignalBinding(entry.signal(), entry.actionName(), status, ex.getMessage(), null),
					null);
		}
	}

	private String describe(Bound bound) {
		SignalBinding binding = bound.binding();
		String mapping = binding.signal() + "->" + binding.action();
		return switch (binding.status()) {
			case BOUND, SHADOWED -> mapping + " (replaces " + binding.replaced() + ")";
			case IGNORED -> mapping + " NOT BOUND (ignored since launch)";
			case REFUSED -> mapping + " REFUSED (" + binding.reason() + ")";
			case DEFAULT ->
				binding.signal() + "->JVM default" + ((binding.reason() != null) ? " (" + binding.reason() + ")" : "");
		};
	}

	@Override
	public void stop() {
		if (this.drain.isUnderWay()) {
			logger.debug("Drain under way: signal handlers stay bound until the process exits");
			this.drain.whenOver(this::releaseAll);
		}
		else {
			releaseAll();
		}
		this.running = false;
	}

	private synchronized void releaseAll() {
		if (!this.registrations.isEmpty()) {
			this.registrations.forEach(SignalRegistrar.Registration::release);
			this.registrations.clear();
			this.history.released();
		}
		this.dispatcher.stop();
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@Override
	public int getPhase() {
		return PHASE;
	}

	/**
	 * Not pauseable: a paused context (a cached test context) is not ending, and keeps
	 * its signals. A CRaC checkpoint stops every lifecycle bean: the handlers are
	 * released then, and bound again when the context restarts after the restore.
	 * @return {@code false}
	 */
	// SmartLifecycle#isPauseable is Spring Framework 7's; without @Override this also
	// compiles for the Boot 3 edition (Framework 6.2), where nothing pauses a context.
	public boolean isPauseable() {
		return false;
	}

}
