package io.github.lifecyclesignals.signal;

/**
 * A built-in action under its configuration name ({@code drain}, {@code refresh}, ...). Each
 * feature contributes its own as a bean, so the signal layer needs to know none of them.
 *
 * @param name the name used in {@code lifecycle.signals}
 * @param action the action
 * @since 0.1.0
 */
public record BuiltInSignalAction(String name, SignalAction action) {

}
