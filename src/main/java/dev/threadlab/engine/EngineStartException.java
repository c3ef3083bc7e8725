package dev.threadlab.engine;

/** The engine JVM of a new session did not start; the message says why, for the user. */
final class EngineStartException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    EngineStartException(String why, Throwable cause) {
        super(why, cause);
    }
}
