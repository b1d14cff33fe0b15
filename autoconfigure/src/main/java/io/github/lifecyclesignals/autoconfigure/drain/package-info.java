/**
 * Auto-configuration of the {@code drain} feature.
 */
@NullMarked
package io.github.lifecyclesignals.autoconfigure.drain;

import org.jspecify.annotations.NullMarked;
