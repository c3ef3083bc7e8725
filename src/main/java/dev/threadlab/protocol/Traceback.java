package dev.threadlab.protocol;

import java.util.List;

/**
 * The rule every error on the wire obeys: its {@code traceback} has at least one line. Notebook 6 and
 * jupyter console draw an error from its traceback alone, so an error without one shows the user nothing.
 * The kernel's errors arrive with their line already (it sends what the interpreter SPI's {@code Failure}
 * holds, which obeys the same rule); this keeps the wire records true for any other sender, since this
 * package knows nothing of the SPI. Stateless.
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
