package dev.threadlab.lessons;

import java.util.Objects;

/**
 * One {@code c.that(...)} of a check cell, as the cell reported it in its
 * {@code application/vnd.threadlab.check+json} display.
 *
 * @param name    the check's description
 * @param points  points earned
 * @param max     points possible
 * @param status  {@code passed}, {@code failed} or {@code timed_out}, as the cell wrote it
 * @param message why it failed; empty when it passed
 */
public record SubCheck(String name, double points, double max, String status, String message) {
    public SubCheck {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(message, "message");
    }
}
