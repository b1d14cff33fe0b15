package io.github.lifecyclesignals.sample;

/**
 * An accepted order.
 *
 * @param id the order id, unique per process run and client
 * @param item what was ordered
 * @param quantity how many
 */
public record Order(String id, String item, int quantity) {

}
