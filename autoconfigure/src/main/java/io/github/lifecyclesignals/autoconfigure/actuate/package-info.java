/**
 * Auto-configuration of the {@code actuate} feature.
 */
@NullMarked
package io.github.lifecyclesignals.autoconfigure.actuate;

import org.jspecify.annotations.NullMarked;
