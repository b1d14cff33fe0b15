package io.github.lifecyclesignals.state;

import java.time.Duration;

/**
 * One finished step of a drain.
 *
 * @param name the step, for example {@code pre-stop-delay}
 * @param duration how long it took
 * @since 0.1.0
 */
public record DrainStep(String name, Duration duration) {

	@Override
	public String toString() {
		return this.name + "=" + DurationFormat.of(this.duration);
	}

}
