/**
 * Auto-configuration of lifecycle-signals: properties and the shared lifecycle state.
 */
@NullMarked
package io.github.lifecyclesignals.autoconfigure;

import org.jspecify.annotations.NullMarked;
