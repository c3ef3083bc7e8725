package dev.threadlab.protocol;

import java.util.List;

/**
 * The rule every error on the wire obeys: its {@code traceback} has at least one line. Notebook 6 and
 * jupyter console draw an error from its traceback alone, so an error without one shows the user nothing.
 * Stateless.
 */
public final class Traceback {

    private Traceback() {}

    /**
     * {@code traceback} when it has a line; otherwise {@code ename: evalue} as lines, so the message is
     * what the user sees.
     */
    public static List<String> orMessage(String ename, String evalue, List<String> traceback) {
        if (!traceback.isEmpty()) {
            return List.copyOf(traceback);
        }
        return (evalue.isBlank() ? ename : ename + ": " + evalue).lines().toList();
    }
}
