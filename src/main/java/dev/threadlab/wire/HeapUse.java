package dev.threadlab.wire;

/**
 * The engine's heap after a full collection, in bytes: what objects still hold ({@code used}), what the heap
 * took from the system ({@code committed}) and its limit ({@code max}, the engine's {@code -Xmx}).
 */
public record HeapUse(long used, long committed, long max) {

    public HeapUse {
        if (used < 0 || committed < 0 || max < 0) {
            throw new IllegalArgumentException("heap sizes must be >= 0, were " + used + ", " + committed + ", " + max);
        }
    }
}
