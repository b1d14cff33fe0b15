package io.github.lifecyclesignals.signal;

/**
 * What to do when a signal arrives. Define a bean of this type and name it in
 * {@code lifecycle.signals}, for example {@code USR2: myAction} for a bean named
 * {@code myAction}.
 * <p>
 * Actions run one at a time on the single dispatcher thread, never on the JVM's signal thread.
 * An action that blocks delays the next signal's action, so hand long work to a thread of your
 * own. An exception is logged and recorded; it never stops the dispatcher.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface SignalAction {

	/**
	 * Handles one signal.
	 * @param signal the signal
	 * @return what was done, in a few words, for the log and the {@code lifecycle} endpoint
	 * @throws Exception if the action failed
	 */
	String handle(ReceivedSignal signal) throws Exception;

}
