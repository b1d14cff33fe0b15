/**
 * Micrometer meters that read the lifecycle state.
 */
@NullMarked
package io.github.lifecyclesignals.metrics;

import org.jspecify.annotations.NullMarked;
