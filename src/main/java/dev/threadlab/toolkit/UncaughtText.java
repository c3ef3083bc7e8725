package dev.threadlab.toolkit;

import dev.threadlab.wire.ClassNames;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * What Java prints when a thread ends with an exception nobody caught, as a learner reads it: the same
 * first line ({@code Exception in thread "worker" java.lang.IllegalStateException: page 2 is missing}),
 * then only the frames of the notebook's code, named as {@link StackText} names them, and each cause.
 * Stateless.
 */
final class UncaughtText {

    private UncaughtText() {
    }

    static String of(Thread thread, Throwable failure) {
        StringBuilder text = new StringBuilder("Exception in thread \"").append(thread.getName()).append("\" ");
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            if (t != failure) {
                text.append("Caused by: ");
            }
            text.append(ClassNames.thrown(t.getClass()));
            String message = StackText.withoutWrappers(t.getMessage());
            text.append(message == null ? "" : ": " + message).append('\n');
            appendFrames(text, t.getStackTrace());
        }
        return text.toString();
    }

    /** The frames of user code, a run of equal ones (deep recursion) as one; the innermost frame if none is. */
    private static void appendFrames(StringBuilder text, StackTraceElement[] frames) {
        String previous = null;
        int repeats = 0;
        for (StackTraceElement frame : frames) {
            if (!StackText.isUserFrame(frame)) {
                continue;
            }
            String line = StackText.frame(frame);
            if (line.equals(previous)) {
                repeats++;
                continue;
            }
            appendRepeats(text, repeats);
            text.append("    at ").append(line).append('\n');
            previous = line;
            repeats = 0;
        }
        appendRepeats(text, repeats);
        if (previous == null && frames.length > 0) {
            text.append("    at ").append(StackText.frame(frames[0])).append('\n');
        }
    }

    private static void appendRepeats(StringBuilder text, int repeats) {
        if (repeats > 0) {
            text.append("    [the line above repeated ").append(repeats).append(" more time")
                    .append(repeats == 1 ? "" : "s").append("]\n");
        }
    }
}
