package dev.threadlab.engine;

import dev.threadlab.engine.FailedDeclarations.Older;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A cell that uses a name whose latest declaration failed runs an older version of it: JShell keeps a
 * method, class or variable when its redefinition does not compile, or when the cell stopped before
 * reaching it. A check cell would then grade the older answer (and {@code threadlab grade}, which runs the
 * answer as written, would not), so it earns nothing and says why; any other cell gets a note. Stateless.
 */
final class OlderVersions {

    private static final System.Logger LOG = System.getLogger(OlderVersions.class.getName());

    private OlderVersions() {}

    /** What a cell {@code code} must be told before it runs, or empty when it uses no older version. */
    static Optional<Notice> before(Session session, Failures failures, String code) {
        FailedDeclarations declarations = failures.declarations();
        if (!declarations.any() || !declarations.mentioned(code)) {
            return Optional.empty(); // the usual case: no parse of the cell
        }
        List<Older> older;
        try {
            older = failures.older(session.jshell(), NameGuard.usedNames(session.jshell(), code));
        } catch (RuntimeException e) { // JShell's analysis of code it cannot read: the cell's own run will say
            LOG.log(System.Logger.Level.DEBUG, "no names read from the cell", e);
            return Optional.empty();
        }
        if (older.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(NameGuard.isCheckCell(code) ? new Notice.RefuseChecks(checkReason(older))
                : new Notice.Note(note(older)));
    }

    /** What the cell is told: a check cell's requirements fail with a reason, another cell gets a note. */
    sealed interface Notice {
        /** Every requirement of the check fails with {@code reason}, its code not run. */
        record RefuseChecks(String reason) implements Notice {}

        /** A note on stderr, before the cell's own output. */
        record Note(String text) implements Notice {}
    }

    /** The reason every requirement of a check cell shows. */
    static String checkReason(List<Older> older) {
        String failedIn = older.stream().map(o -> "In [" + o.failedIn() + "]").distinct()
                .collect(Collectors.joining(" and "));
        return "Not checked: " + latest(older) + " This check would test the older "
                + older.stream().map(OlderVersions::olderOne).collect(Collectors.joining(" and the older "))
                + ", not the code in your answer cell. Fix the error in " + failedIn + " and run that cell again,"
                + " then run this check.";
    }

    /** The note a cell that is no check shows. */
    static String note(List<Older> older) {
        String latest = latest(older);
        return "Note: " + latest + " This cell runs the older "
                + older.stream().map(OlderVersions::olderOne).collect(Collectors.joining(" and the older ")) + ".\n";
    }

    private static String latest(List<Older> older) {
        return "your latest " + older.stream().map(o -> o.name() + " " + o.what())
                .collect(Collectors.joining(" Your latest "));
    }

    private static String olderOne(Older o) {
        return o.name() + ", from " + (o.olderIn() > 0 ? "In [" + o.olderIn() + "]" : "an earlier cell");
    }
}
