/**
 * SIGHUP the nginx way: load the candidate configuration apart from the live one, validate it,
 * apply it only if all of it is valid, otherwise keep the old one and say why.
 */
@NullMarked
package io.github.lifecyclesignals.refresh;

import org.jspecify.annotations.NullMarked;
