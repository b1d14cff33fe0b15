package io.github.lifecyclesignals.state;

/**
 * Coarse phase of the application's lifecycle, as an operator sees it.
 *
 * @since 0.1.0
 */
public enum LifecyclePhase {

	/** The context is starting; the application is not ready yet. */
	STARTING,

	/** The application is ready and serving. */
	RUNNING,

	/** A configuration refresh is running; the application keeps serving. */
	REFRESHING,

	/** A drain has started: readiness is refused, in-flight work is finishing. */
	DRAINING,

	/** The context is closing: lifecycle phases are stopping. */
	STOPPING

}
