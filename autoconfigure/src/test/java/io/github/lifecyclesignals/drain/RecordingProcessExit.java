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

package io.github.lifecyclesignals.drain;

import java.util.concurrent.CompletableFuture;

/**
 * A {@link ProcessExit} that records the code instead of ending the test JVM. Public, so
 * that tests in other packages can put it in place of the real one.
 */
public class RecordingProcessExit implements ProcessExit {

	public final CompletableFuture<Integer> exited = new CompletableFuture<>();

	public final CompletableFuture<Integer> halted = new CompletableFuture<>();

	@Override
	public void exit(int code) {
		this.exited.complete(code);
	}

	@Override
	public void halt(int code) {
		this.halted.complete(code);
	}

	/**
	 * The code the process ended with, by exit or halt, whichever came first.
	 * @param timeout how long to wait at most
	 * @return the code
	 * @throws Exception if none came in time
	 */
	public int code(java.time.Duration timeout) throws Exception {
		return (int) CompletableFuture.anyOf(this.exited, this.halted)
			.get(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
	}

}
