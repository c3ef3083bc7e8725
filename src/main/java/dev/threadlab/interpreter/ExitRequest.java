package dev.threadlab.interpreter;

import java.util.regex.Pattern;

/**
 * IPython's {@code exit} and {@code quit}, which console users type to leave: a cell that is only one of
 * them (with or without {@code ()}) asks the front end to close, as ipykernel does. jupyter console then
 * leaves and stops the kernel; Notebook and JupyterLab ignore the request, so the cell also says what to do
 * there. {@code threadlab repl} leaves on them too.
 */
public final class ExitRequest {

    private static final Pattern EXIT = Pattern.compile("\\s*(?:exit|quit)\\s*(?:\\(\\s*\\))?\\s*;?\\s*");

    /** What the cell prints: true in the console, and the way out of a notebook. */
    public static final String NOTICE = "Leaving: jupyter console closes now and stops the kernel."
            + " (A notebook ignores exit: close its tab, or use File > Close and Halt.)\n";

    private ExitRequest() {}

    /** Whether {@code code} is a request to leave. */
    public static boolean matches(String code) {
        return EXIT.matcher(code).matches();
    }
}
