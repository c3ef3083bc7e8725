package dev.threadlab.agent;

import dev.threadlab.wire.ClassNames;
import dev.threadlab.wire.ThrownLink;
import dev.threadlab.wire.ThrownLink.Role;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import jdk.jshell.spi.ExecutionControl.ResolutionException;
import jdk.jshell.spi.ExecutionControl.RunException;
import jdk.jshell.spi.ExecutionControl.UserException;
import jdk.jshell.spi.SPIResolutionException;

/**
 * What a cell threw, as the chain of user exceptions JShell carries to the kernel: the exception, its
 * suppressed exceptions (each with its own causes) and its causes, in the order Java's {@code printStackTrace}
 * shows them, each entry's place told by its {@link ThrownLink}. Replaces JShell's conversion, which follows
 * {@code getCause()} without remembering what it has seen (a cause cycle overflowed the stack, and the
 * learner read "its message could not be read") and drops suppressed exceptions, which hold why a
 * try-with-resources {@code close()} failed.
 *
 * <p>An exception met a second time becomes a circular-reference entry. At most {@value #MAX_SUPPRESSED}
 * suppressed exceptions of one exception and {@value #MAX_ENTRIES} entries in all are sent, then one entry
 * saying how much was left out. An unresolved reference ends the chain, as it ends JShell's. Every call into
 * the exceptions (they are user code: {@code getMessage()} may throw) is guarded, so call this on the cell's
 * thread. Not thread-safe: one instance per conversion.
 */
final class ThrownChain {

    static final int MAX_SUPPRESSED = 5;
    static final int MAX_ENTRIES = 40;

    private final List<RunException> entries = new ArrayList<>();
    private final Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    private boolean ended;

    private ThrownChain() {}

    /** {@code thrown} as JShell's chain: the first entry, whose causes are the others. */
    static RunException of(Throwable thrown) {
        ThrownChain chain = new ThrownChain();
        chain.add(thrown, Role.CAUSE, 0);
        List<RunException> entries = chain.entries;
        for (int i = entries.size() - 1; i > 0; i--) {
            entries.get(i - 1).initCause(entries.get(i));
        }
        return entries.get(0);
    }

    private void add(Throwable thrown, Role role, int depth) {
        if (ended || thrown == null) {
            return;
        }
        if (entries.size() >= MAX_ENTRIES - 1) {
            entries.add(notShown(depth, "more causes and suppressed exceptions are not shown: the first "
                    + (MAX_ENTRIES - 1) + " are above"));
            ended = true;
            return;
        }
        String className = ClassNames.thrown(thrown.getClass()); // only here is an anonymous class's superclass known
        if (!seen.add(thrown)) {
            Role circular = role == Role.SUPPRESSED ? Role.CIRCULAR_SUPPRESSED : Role.CIRCULAR_CAUSE;
            entries.add(new UserException(message(thrown), new ThrownLink(circular, depth, className).encoded(),
                    new StackTraceElement[0]));
            return;
        }
        if (thrown instanceof SPIResolutionException unresolved) {
            entries.add(new ResolutionException(unresolved.id(), frames(thrown)));
            ended = true; // JShell's protocol sends nothing after it
            return;
        }
        entries.add(new UserException(message(thrown), new ThrownLink(role, depth, className).encoded(),
                frames(thrown)));
        Throwable[] suppressed = suppressed(thrown);
        for (int i = 0; i < Math.min(MAX_SUPPRESSED, suppressed.length); i++) {
            add(suppressed[i], Role.SUPPRESSED, depth + 1);
        }
        if (suppressed.length > MAX_SUPPRESSED && !ended) {
            int more = suppressed.length - MAX_SUPPRESSED;
            entries.add(notShown(depth + 1, more + " more suppressed exception" + (more == 1 ? " is" : "s are")
                    + " not shown"));
        }
        Throwable cause = cause(thrown);
        if (cause != null) {
            add(cause, Role.CAUSE, depth);
        }
    }

    private static UserException notShown(int depth, String why) {
        return new UserException(why, new ThrownLink(Role.NOT_SHOWN, depth, "").encoded(), new StackTraceElement[0]);
    }

    private static String message(Throwable thrown) {
        try {
            return thrown.getMessage();
        } catch (Throwable broken) { // user code: it may recurse, or throw anything
            return "(its message could not be read: " + broken.getClass().getName() + ")";
        }
    }

    private static StackTraceElement[] frames(Throwable thrown) {
        try {
            StackTraceElement[] frames = thrown.getStackTrace();
            return frames == null ? new StackTraceElement[0] : frames;
        } catch (Throwable broken) {
            return new StackTraceElement[0];
        }
    }

    private static Throwable[] suppressed(Throwable thrown) {
        try {
            Throwable[] suppressed = thrown.getSuppressed();
            return suppressed == null ? new Throwable[0] : suppressed;
        } catch (Throwable broken) {
            return new Throwable[0];
        }
    }

    private static Throwable cause(Throwable thrown) {
        try {
            return thrown.getCause();
        } catch (Throwable broken) {
            return null;
        }
    }
}
