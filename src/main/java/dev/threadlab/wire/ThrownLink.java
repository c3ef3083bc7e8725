package dev.threadlab.wire;

/**
 * Where one exception stands in the traceback of what a cell threw, carried in the class name of JShell's
 * chain of user exceptions. JShell's protocol sends a thrown exception as a flat list (message, class name,
 * frames) and knows causes only; the engine sends the whole tree (suppressed exceptions, each with its own
 * causes, and a mark where a cause or suppressed exception refers back to one already shown) as that list, in
 * the order Java prints it, and the kernel reads the role and indentation of each entry back from here.
 *
 * <p>{@code depth} is the indentation, as Java's {@code printStackTrace} indents suppressed exceptions: 0 for
 * the thrown exception and its causes, one more for each level of {@code Suppressed:}. A plain cause at depth
 * 0 is encoded as its bare class name, as JShell sends it. {@code className} is never null; for {@link
 * Role#NOT_SHOWN} it is empty and the entry's message says what was left out.
 */
public record ThrownLink(Role role, int depth, String className) {

    /** What an entry is to the entry before it at a smaller or equal depth. */
    public enum Role {
        /** The thrown exception (first) or a cause: {@code Caused by:}. */
        CAUSE,
        /** A suppressed exception: {@code Suppressed:}, one level deeper than the exception it belongs to. */
        SUPPRESSED,
        /** A cause that is an exception shown above: Java's {@code [CIRCULAR REFERENCE: …]}. */
        CIRCULAR_CAUSE,
        /** A suppressed exception that is one shown above. */
        CIRCULAR_SUPPRESSED,
        /** Exceptions left out to keep the traceback readable; the message says which. */
        NOT_SHOWN
    }

    private static final String PREFIX = "threadlab:"; // ':' cannot occur in a Java class name

    public ThrownLink {
        if (role == null || className == null) {
            throw new IllegalArgumentException("role and className must not be null, were " + role + ", " + className);
        }
        if (depth < 0) {
            throw new IllegalArgumentException("depth must be >= 0, was " + depth);
        }
    }

    /** The class name to send in JShell's user exception. */
    public String encoded() {
        return role == Role.CAUSE && depth == 0 ? className : PREFIX + role + ":" + depth + ":" + className;
    }

    /** The entry a class name from JShell's chain stands for: a bare class name is a cause at depth 0. */
    public static ThrownLink decode(String encoded) {
        if (encoded == null || !encoded.startsWith(PREFIX)) {
            return new ThrownLink(Role.CAUSE, 0, encoded == null ? "" : encoded);
        }
        String[] parts = encoded.substring(PREFIX.length()).split(":", 3);
        try {
            return new ThrownLink(Role.valueOf(parts[0]), Integer.parseInt(parts[1]), parts[2]);
        } catch (RuntimeException malformed) {
            return new ThrownLink(Role.CAUSE, 0, encoded);
        }
    }
}
