package io.github.lifecyclesignals.drain;

import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.SmartLifecycle;

/**
 * Marks the moment the web server's graceful shutdown phase has ended, so that a drain can name
 * the requests it gave up on before the server stops and interrupts them.
 *
 * @since 0.1.0
 */
public final class WebServerDrainedLifecycle implements SmartLifecycle {

	/** Stops right after Boot's graceful shutdown phase and before the web server stops. */
	public static final int PHASE = WebServerApplicationContext.GRACEFUL_SHUTDOWN_PHASE - 1;

	private final GracefulDrain drain;

	private volatile boolean running;

	public WebServerDrainedLifecycle(GracefulDrain drain) {
		this.drain = drain;
	}

	@Override
	public void start() {
		this.running = true;
	}

	@Override
	public void stop() {
		this.drain.webServerDrained();
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
