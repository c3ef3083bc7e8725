package dev.threadlab.kernel;

import dev.threadlab.interpreter.Failure;
import java.util.ArrayList;
import java.util.List;

/**
 * The traceback a front end shows for a failed cell. Notebook 6 and jupyter console draw an error from its
 * traceback alone, never from {@code ename} or {@code evalue}; so the lines sent name the error in red (as
 * IPython's do) and always say what happened, whatever the interpreter put in them. Stateless.
 */
final class ErrorLines {

    static final String RED = "\u001b[0;31m";
    static final String RESET = "\u001b[0m";

    private ErrorLines() {}

    /**
     * {@code traceback} with {@code ename} in red: where its first line names the error already, that name is
     * coloured; where it starts with the message, the name goes before it; otherwise a line
     * {@code ename: evalue} comes first.
     */
    static List<String> of(String ename, String evalue, List<String> traceback) {
        String named = RED + ename + RESET;
        List<String> lines = new ArrayList<>(traceback);
        if (!lines.isEmpty()) {
            String first = lines.getFirst();
            int at = wordAt(first, ename);
            if (at >= 0) {
                lines.set(0, first.substring(0, at) + named + first.substring(at + ename.length()));
                return lines;
            }
        }
        List<String> message = evalue.lines().toList();
        if (!message.isEmpty() && !lines.isEmpty() && lines.getFirst().equals(message.getFirst())) {
            lines.set(0, named + ": " + lines.getFirst());
            return lines;
        }
        List<String> shown = new ArrayList<>();
        shown.add(message.isEmpty() || evalue.isBlank() ? named : named + ": " + message.getFirst());
        shown.addAll(message.isEmpty() ? List.of() : message.subList(1, message.size()));
        shown.addAll(lines);
        return shown;
    }

    /** {@link #of(String, String, List)} of a failure's parts. */
    static List<String> of(Failure failure) {
        return of(failure.ename(), failure.evalue(), failure.traceback());
    }

    /** Where {@code word} starts in {@code line} as a whole word (a Java name), or -1. */
    private static int wordAt(String line, String word) {
        if (word.isEmpty()) {
            return -1;
        }
        for (int at = line.indexOf(word); at >= 0; at = line.indexOf(word, at + 1)) {
            int end = at + word.length();
            boolean startsWord = at == 0 || !Character.isJavaIdentifierPart(line.charAt(at - 1));
            boolean endsWord = end == line.length() || !Character.isJavaIdentifierPart(line.charAt(end));
            if (startsWord && endsWord) {
                return at;
            }
        }
        return -1;
    }
}
