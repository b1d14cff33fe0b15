/**
 * OS signals: binding them, recording them, and handing each to one dispatcher thread that runs
 * the configured {@link io.github.lifecyclesignals.signal.SignalAction}.
 */
@NullMarked
package io.github.lifecyclesignals.signal;

import org.jspecify.annotations.NullMarked;
