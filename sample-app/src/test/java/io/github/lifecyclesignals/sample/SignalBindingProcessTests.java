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

package io.github.lifecyclesignals.sample;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample app as its own JVM: which signals it owns, and what a bound and a refused
 * signal do.
 */
class SignalBindingProcessTests {

	@TempDir
	Path workDir;

	@Test
	void startupLogNamesEveryBindingAndUsr1LogsTheStateWhileQuitStaysTheJvms() throws Exception {
		try (AppProcess app = AppProcess.startSample(this.workDir, "--lifecycle.signals.ALRM=ignore")) {
			app.awaitReady();
			String bindings = app.awaitLog("Lifecycle signals: ", Duration.ofSeconds(5));
			assertThat(bindings).contains("TERM->drain (replaces JVM shutdown handler)",
					"HUP->refresh (replaces JVM shutdown handler)", "USR1->log-state (replaces SIG_DFL)",
					"ALRM->ignore (replaces SIG_DFL)");
			assertThat(this.workDir.resolve("application.pid")).content().isEqualTo(Long.toString(app.pid()));

			app.signal("USR1");
			assertThat(app.awaitLog("Lifecycle state on SIGUSR1", Duration.ofSeconds(10))).contains("phase=RUNNING",
					"inFlight=0");
			app.awaitLog("Received SIGUSR1, log-state: state logged", Duration.ofSeconds(5));
			app.signal("ALRM");
			app.awaitLog("Received SIGALRM, ignore: ignored", Duration.ofSeconds(5));

			// QUIT stays the JVM's: a thread dump, and the application keeps serving.
			app.signal("QUIT");
			app.awaitLog("Full thread dump", Duration.ofSeconds(10));
			assertThat(Http.get(app.port(), "/actuator/health/readiness").status()).isEqualTo(200);
			assertThat(app.isAlive()).isTrue();
		}
	}

	@Test
	void unknownActionFailsStartupWithTheValidNames() throws Exception {
		try (AppProcess app = AppProcess.startSample(this.workDir, "--lifecycle.signals.USR1=reload")) {
			assertThat(app.awaitExit(Duration.ofSeconds(60))).isEqualTo(1);
			assertThat(app.log()).contains("APPLICATION FAILED TO START",
					"Invalid value 'reload' for configuration property 'lifecycle.signals.USR1'",
					"no action has that name; use one of default, drain, ignore, log-state, refresh, reopen-logs, stop");
		}
	}

}
