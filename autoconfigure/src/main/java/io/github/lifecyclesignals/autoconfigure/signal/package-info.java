/**
 * Auto-configuration of the {@code signal} feature.
 */
@NullMarked
package io.github.lifecyclesignals.autoconfigure.signal;

import org.jspecify.annotations.NullMarked;
