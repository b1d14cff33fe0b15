package io.github.lifecyclesignals.state;

/**
 * Observes {@link LifecycleState} changes, for readers that count or time events (the meters).
 * Called on the thread that made the change: keep it quick and never throw.
 *
 * @since 0.1.0
 */
public interface LifecycleStateListener {

	default void signalRecorded(SignalRecord record) {
	}

	default void drainEnded(DrainStatus drain) {
	}

	default void refreshRecorded(RefreshRecord record) {
	}

}
