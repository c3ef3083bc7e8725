package dev.threadlab.toolkit;

import dev.threadlab.wire.ClassNames;

/**
 * Stack frames and class names as a learner wrote them: JShell's wrapper classes dropped
 * ({@code REPL.$JShell$12$Foo} shows as {@code Foo}, a top-level method as its name alone, local and
 * anonymous classes as {@link ClassNames} says them), library classes without their package. Stateless.
 */
final class StackText {

    private static final String[] LIBRARIES = {"java.", "javax.", "jdk.", "sun.", "com.sun.", "org.junit.",
            "org.opentest4j.", "org.apiguardian.", "REPL.$Cancel$", "dev.threadlab.agent.", "dev.threadlab.wire.",
            "dev.threadlab.display."};
    /** Toolkit classes that run checks; their frames are not the learner's code. */
    private static final String[] CHECK_MACHINERY = {"dev.threadlab.toolkit.Watchdog", "dev.threadlab.toolkit.Check",
            "dev.threadlab.toolkit.Checks", "dev.threadlab.toolkit.WhereStuck", "dev.threadlab.toolkit.TaskProbe",
            "dev.threadlab.toolkit.ProbeLog", "dev.threadlab.toolkit.CallerWatch", "dev.threadlab.toolkit.TaskFailure",
            "dev.threadlab.toolkit.Leftovers", "dev.threadlab.toolkit.TaskHold",
            "dev.threadlab.toolkit.FutureProbe", "dev.threadlab.toolkit.FutureLog", "dev.threadlab.toolkit.WatchedFuture",
            "dev.threadlab.toolkit.HttpProbe", "dev.threadlab.toolkit.ProbeServer", "dev.threadlab.toolkit.WatchedHttpClient",
            // ProcessProbe and its workers (lessons 05 and 06)
            "dev.threadlab.toolkit.ProcessProbe", "dev.threadlab.toolkit.ProcessLog", "dev.threadlab.toolkit.ProcessWatch",
            "dev.threadlab.toolkit.ProbeProgram", "dev.threadlab.toolkit.ProgramRun", "dev.threadlab.toolkit.ProbeChild",
            // PipelineProbe and its workers (lesson 06)
            "dev.threadlab.toolkit.PipelineProbe", "dev.threadlab.toolkit.PipelineLog", "dev.threadlab.toolkit.PipelineWatch",
            // CrawlProbe (lesson 09)
            "dev.threadlab.toolkit.CrawlProbe",
            // ConcurrentCalls and LockProbe (lessons 07 and 08)
            "dev.threadlab.toolkit.ConcurrentCalls", "dev.threadlab.toolkit.LockProbe", "dev.threadlab.toolkit.WatchedLock",
            // SplitProbe and its workers (lesson 02)
            "dev.threadlab.toolkit.SplitProbe", "dev.threadlab.toolkit.SplitCalls", "dev.threadlab.toolkit.SplitMeetings"};

    private StackText() {
    }

    /** {@code text} with JShell's wrapper names removed, e.g. in an exception message. */
    static String withoutWrappers(String text) {
        return ClassNames.withoutWrappers(text);
    }

    /** A class name as a learner knows it: {@code Foo} for {@code REPL.$JShell$12$Foo}, else without package. */
    static String className(String name) {
        if (name.startsWith("REPL.$JShell$")) {
            return ClassNames.readable(name);
        }
        return name.substring(name.lastIndexOf('.') + 1);
    }

    /** The class of a thrown exception as a learner knows it: {@code IllegalStateException}, {@code anonymous RuntimeException}. */
    static String className(Class<?> type) {
        String name = ClassNames.thrown(type);
        return name.startsWith("anonymous ") ? name : className(type.getName());
    }

    /** Whether {@code frame} is code of the notebook (or of a test), not of the JDK, JUnit or the checks. */
    static boolean isUserFrame(StackTraceElement frame) {
        String name = frame.getClassName();
        for (String prefix : LIBRARIES) {
            if (name.startsWith(prefix)) {
                return false;
            }
        }
        for (String machinery : CHECK_MACHINERY) {
            if (name.equals(machinery) || name.startsWith(machinery + "$")) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code Account.transfer}, {@code runAll} (a top-level method of a cell), {@code CountDownLatch.await},
     * {@code a lambda in runAll}, {@code the cell's code}.
     */
    static String frame(StackTraceElement frame) {
        String type = frame.getClassName();
        String method = frame.getMethodName();
        if (method.startsWith("lambda$")) {
            String enclosing = method.substring("lambda$".length(), Math.max("lambda$".length(),
                    method.lastIndexOf('$')));
            return "a lambda in " + (enclosing.startsWith("do_it$") || enclosing.isEmpty() ? "the cell's code"
                    : member(type, enclosing));
        }
        if (method.equals("do_it$")) {
            return "the cell's code";
        }
        return member(type, method);
    }

    /** {@code Account.transfer}, {@code run in an anonymous class}, {@code CountDownLatch.await}. */
    private static String member(String className, String member) {
        if (className.startsWith("REPL.$JShell$")) {
            return ClassNames.member(className, member);
        }
        String type = className(className);
        return type.isEmpty() ? member : type + "." + member;
    }

    /** The innermost frame of user code, or null. */
    static StackTraceElement firstUserFrame(StackTraceElement[] frames) {
        for (StackTraceElement frame : frames) {
            if (isUserFrame(frame)) {
                return frame;
            }
        }
        return null;
    }
}
