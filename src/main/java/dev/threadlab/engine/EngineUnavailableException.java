package dev.threadlab.engine;

/**
 * No engine to run in: it could not be started, it stopped between cells, or the interpreter is closed.
 * The message is for the user; {@link #ename()} is the error name to show.
 */
final class EngineUnavailableException extends Exception {
    private static final long serialVersionUID = 1L;
    private final String ename;

    EngineUnavailableException(String message) {
        this(message, "EngineUnavailable");
    }

    EngineUnavailableException(String message, String ename) {
        super(message);
        this.ename = ename;
    }

    String ename() {
        return ename;
    }
}
