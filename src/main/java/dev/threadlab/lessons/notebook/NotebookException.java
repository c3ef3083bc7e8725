package dev.threadlab.lessons.notebook;

/**
 * A notebook file that cannot be used: missing, not JSON, not an nbformat 4 notebook, or with metadata
 * of the wrong shape. The message names the file, says what is wrong and what to do, for a teacher or
 * author to read as it is.
 */
public final class NotebookException extends Exception {

    private static final long serialVersionUID = 1L;

    /** A problem with the notebook, in a sentence that names it. */
    public NotebookException(String message) {
        super(message);
    }

    /** A problem with the notebook caused by {@code cause} (an I/O or parse error). */
    public NotebookException(String message, Throwable cause) {
        super(message, cause);
    }
}
