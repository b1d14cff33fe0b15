package io.github.lifecyclesignals.drain;

/**
 * Ends the process. An interface so that tests can drain a context without ending their JVM.
 *
 * @since 0.1.0
 */
public interface ProcessExit {

	/** Ends the process by {@link Runtime#exit(int)}: shutdown hooks run. */
	ProcessExit RUNTIME = new ProcessExit() {

		@Override
		public void exit(int code) {
			Runtime.getRuntime().exit(code);
		}

		@Override
		public void halt(int code) {
			Runtime.getRuntime().halt(code);
		}

	};

	/**
	 * Exits normally, running shutdown hooks.
	 * @param code the exit code
	 */
	void exit(int code);

	/**
	 * Ends the process at once, without shutdown hooks: for when they may be what is stuck.
	 * @param code the exit code
	 */
	void halt(int code);

}
