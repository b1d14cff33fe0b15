/**
 * Auto-configuration of the {@code refresh} feature.
 */
@NullMarked
package io.github.lifecyclesignals.autoconfigure.refresh;

import org.jspecify.annotations.NullMarked;
