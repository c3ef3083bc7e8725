package dev.threadlab.toolkit;

import java.io.IOException;
import java.util.Set;

/**
 * The exception a probe's task throws ({@link TaskProbe#failure}): an {@link IOException} like any other to
 * the learner's code (its text reads {@code java.io.IOException: page 2 is missing}), which notices when it
 * is printed (by {@code printStackTrace()}, {@code System.err.println(e)} or a logger), so that the feedback
 * can say "printing a failure does not handle it". Thread-safe.
 */
final class TaskFailure extends IOException {

    private static final long serialVersionUID = 1L;
    private static final StackWalker WALKER = StackWalker.getInstance();
    private static final Set<String> PRINTERS = Set.of("java.io.PrintStream", "java.io.PrintWriter");

    private transient volatile String printedBy;

    TaskFailure(String message) {
        super(message);
        setStackTrace(new StackTraceElement[0]); // the check's frames would only puzzle a learner who prints it
    }

    /** How the learner's code printed it ({@code "printStackTrace()"}, {@code "println"}, {@code "a logger"}), or null. */
    String printedBy() {
        return printedBy;
    }

    /** What the feedback calls it: {@code IOException("page 2 is missing")}. */
    String describe() {
        return "IOException(\"" + getMessage() + "\")";
    }

    @Override
    public String toString() {
        if (printedBy == null) {
            printedBy = WALKER.walk(frames -> frames.map(TaskFailure::printer).filter(p -> p != null).findFirst().orElse(null));
        }
        String message = getLocalizedMessage();
        return "java.io.IOException" + (message == null ? "" : ": " + message);
    }

    private static String printer(StackWalker.StackFrame frame) {
        String type = frame.getClassName();
        if (type.equals("java.lang.Throwable") && frame.getMethodName().startsWith("print")) {
            return "printStackTrace()";
        }
        if (PRINTERS.contains(type)) {
            return "println";
        }
        if (type.startsWith("java.util.logging.") || type.startsWith("java.lang.System$Logger")) {
            return "a logger";
        }
        return null;
    }
}
