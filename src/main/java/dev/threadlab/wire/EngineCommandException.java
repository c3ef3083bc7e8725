package dev.threadlab.wire;

/**
 * An {@link EngineCommands} command failed: the engine could not carry it out, answered something that is
 * not the command's answer, or the connection broke (the cause says which).
 */
public final class EngineCommandException extends Exception {

    private static final long serialVersionUID = 1L;

    public EngineCommandException(String message) {
        super(message);
    }

    public EngineCommandException(String message, Throwable cause) {
        super(message, cause);
    }
}
