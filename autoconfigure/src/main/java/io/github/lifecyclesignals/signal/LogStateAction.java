package io.github.lifecyclesignals.signal;

import io.github.lifecyclesignals.state.LifecycleState;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * The {@code log-state} action: one log line with the current lifecycle state, so an operator
 * with a shell but no HTTP access can ask a process what it is doing.
 *
 * @since 0.1.0
 */
public final class LogStateAction implements SignalAction {

	private static final Log logger = LogFactory.getLog(LogStateAction.class);

	private final LifecycleState state;

	public LogStateAction(LifecycleState state) {
		this.state = state;
	}

	@Override
	public String handle(ReceivedSignal signal) {
		logger.info("Lifecycle state on " + signal + ": " + this.state.summary());
		return "state logged";
	}

}
