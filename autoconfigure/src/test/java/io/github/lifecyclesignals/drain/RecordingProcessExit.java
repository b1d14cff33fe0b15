package io.github.lifecyclesignals.drain;

import java.util.concurrent.CompletableFuture;

/**
 * A {@link ProcessExit} that records the code instead of ending the test JVM.
 */
class RecordingProcessExit implements ProcessExit {

	final CompletableFuture<Integer> exited = new CompletableFuture<>();

	final CompletableFuture<Integer> halted = new CompletableFuture<>();

	@Override
	public void exit(int code) {
		this.exited.complete(code);
	}

	@Override
	public void halt(int code) {
		this.halted.complete(code);
	}

}
