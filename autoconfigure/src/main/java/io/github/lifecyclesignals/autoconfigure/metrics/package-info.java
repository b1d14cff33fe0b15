/**
 * Auto-configuration of the {@code metrics} feature.
 */
@NullMarked
package io.github.lifecyclesignals.autoconfigure.metrics;

import org.jspecify.annotations.NullMarked;
