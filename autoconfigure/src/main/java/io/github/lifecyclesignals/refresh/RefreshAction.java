package io.github.lifecyclesignals.refresh;

import io.github.lifecyclesignals.signal.ReceivedSignal;
import io.github.lifecyclesignals.signal.SignalAction;

/**
 * The {@code refresh} action: hands the request to the {@link RefreshCoordinator} and returns at
 * once, so that the dispatcher stays free for a SIGTERM.
 *
 * @since 0.1.0
 */
public final class RefreshAction implements SignalAction {

	/** Name of the action. */
	public static final String NAME = "refresh";

	private final RefreshCoordinator coordinator;

	public RefreshAction(RefreshCoordinator coordinator) {
		this.coordinator = coordinator;
	}

	@Override
	public String handle(ReceivedSignal signal) {
		return this.coordinator.request(signal.toString());
	}

}
