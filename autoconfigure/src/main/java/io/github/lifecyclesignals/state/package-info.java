/**
 * The one shared record of what the application's lifecycle is doing: written by the signal,
 * drain and refresh features, read by the endpoint, the meters and the log.
 */
@NullMarked
package io.github.lifecyclesignals.state;

import org.jspecify.annotations.NullMarked;
