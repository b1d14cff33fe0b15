/**
 * Graceful drain on SIGTERM and SIGINT: refuse readiness, keep serving through the pre-stop
 * delay, close the context within one budget, exit with a clean code.
 */
@NullMarked
package io.github.lifecyclesignals.drain;

import org.jspecify.annotations.NullMarked;
