/**
 * The {@code lifecycle} Actuator endpoint: reads the lifecycle state; its write operations start
 * a drain or a refresh for platforms that cannot send signals.
 */
@NullMarked
package io.github.lifecyclesignals.actuate;

import org.jspecify.annotations.NullMarked;
