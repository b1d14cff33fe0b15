package io.github.lifecyclesignals.drain;

import java.util.concurrent.CountDownLatch;

import io.github.lifecyclesignals.state.DrainStatus;
import io.github.lifecyclesignals.state.DurationFormat;
import io.github.lifecyclesignals.state.LifecycleState;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.SmartLifecycle;

/**
 * Opt-in ({@code lifecycle.drain.delay-on-any-close}): a context close that no drain started
 * ({@code /actuator/shutdown}, an orchestrator calling {@code close()}) also keeps serving through
 * the pre-stop delay before the web server stops accepting. Boot has already refused readiness by
 * then, and the in-flight filter answers {@code Connection: close}. Off by default, so that tests
 * closing their contexts do not wait.
 *
 * @since 0.1.0
 */
public final class PreStopDelayOnCloseLifecycle implements SmartLifecycle {

	/** Stops just before Boot's graceful shutdown phase, which stops accepting. */
	public static final int PHASE = WebServerApplicationContext.GRACEFUL_SHUTDOWN_PHASE + 1;

	private static final Log logger = LogFactory.getLog(PreStopDelayOnCloseLifecycle.class);

	private final LifecycleState state;

	private final GracefulDrain drain;

	private volatile boolean running;

	public PreStopDelayOnCloseLifecycle(LifecycleState state, GracefulDrain drain) {
		this.state = state;
		this.drain = drain;
	}

	@Override
	public void start() {
		this.running = true;
	}

	@Override
	public void stop() {
		DrainStatus drain = this.state.drain();
		if (drain == null) {
			logger.info("Context closing without a drain: keeping serving for the pre-stop delay of "
					+ DurationFormat.of(this.drain.settings().preStopDelay()));
			PreStopDelay.await(this.drain.settings().preStopDelay(), this.drain.settings().adaptive(),
					this.state.requests(), new CountDownLatch(1));
		}
		this.running = false;
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@Override
	public int getPhase() {
		return PHASE;
	}

}
