package dev.threadlab.toolkit.internal;

import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;

/**
 * Where {@code Check.cell} sends the genuine report of a check cell, apart from what the cell displays:
 * the engine's agent installs a receiver that forwards it to the kernel, which records progress and
 * grades from it. User code cannot reach this class in the engine (its package is not exported), so a
 * report here is one the toolkit made. Thread-safe.
 */
public final class CheckChannel {

    private static volatile BiConsumer<String, String> receiver = (id, json) -> { };
    private static volatile String refusal;
    private static volatile Map<String, String> unresolved = Map.of();

    private CheckChannel() {
    }

    /** Sends the report of check cell {@code id} ({@code application/vnd.threadlab.check+json}). */
    public static void publish(String id, String json) {
        receiver.accept(Objects.requireNonNull(id, "id"), Objects.requireNonNull(json, "json"));
    }

    /**
     * Until the next call, every {@code Check.cell} earns nothing: each requirement fails with {@code reason},
     * its code not run (the kernel saw that the cell would test an older version of the answer); null lets
     * checks run again. The engine's agent calls it for each cell.
     */
    public static void refuse(String reason) {
        refusal = reason;
    }

    /** Why checks may not run now, or null when they may (see {@link #refuse}). */
    public static String refusal() {
        return refusal;
    }

    /**
     * Why code that cannot run yet fails (JShell's {@code SPIResolutionException}), by the id of the snippet
     * it names, until the next call; the kernel knows, the engine does not. The engine's agent calls it.
     */
    public static void explainUnresolved(Map<String, String> whyBySnippetId) {
        unresolved = Map.copyOf(whyBySnippetId);
    }

    /** Why snippet {@code id} cannot run (see {@link #explainUnresolved}), or null when not known. */
    public static String whyUnresolved(String id) {
        return unresolved.get(id);
    }

    /** Makes {@code to} the receiver of every report from now on (the engine's agent does, once). */
    public static void install(BiConsumer<String, String> to) {
        receiver = Objects.requireNonNull(to, "to");
    }
}
