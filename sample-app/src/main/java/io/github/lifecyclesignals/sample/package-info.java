/**
 * Order-intake sample service that uses lifecycle-signals the way a user would.
 */
@NullMarked
package io.github.lifecyclesignals.sample;

import org.jspecify.annotations.NullMarked;
