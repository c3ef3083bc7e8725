package dev.threadlab.engine;

/**
 * The engine JVM went away while a cell ran in it (it exited, was killed by an interrupt that could not
 * stop the cell, or ran out of memory): the cell's outcome is an explanation and a fresh engine, not a
 * failure of the kernel. Thrown by {@link CellRun}; JShell's own sign of it, an {@link IllegalStateException}
 * from a session whose engine is gone, is turned into this where JShell is called ({@link Session#eval}).
 */
final class EngineLostException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    EngineLostException(String message) {
        super(message);
    }

    EngineLostException(String message, Throwable cause) {
        super(message, cause);
    }
}
