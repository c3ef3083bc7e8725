package dev.threadlab.interpreter;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What went wrong, as Jupyter shows an error: the one definition of the (ename, evalue, traceback) triple
 * that interpreters answer and front ends show. Immutable; no part is null.
 *
 * <p>The traceback always has a line: Notebook 6, jupyter console and the terminal app draw an error from its
 * traceback alone, so an error without one would show the user nothing. When none is given, {@code ename:
 * evalue} (or {@code ename} alone when {@code evalue} is blank), split into lines, is the traceback.
 *
 * @param ename     short name shown in bold, e.g. {@code CompileError}, {@code ArithmeticException}
 * @param evalue    what happened, usually one line
 * @param traceback lines to show, without kernel or JShell internals (may contain ANSI colours); never empty
 */
public record Failure(String ename, String evalue, List<String> traceback) {

    /** The names of failures of code that could not run: it does not compile, or uses a name nobody declared. */
    private static final Set<String> NOT_COMPILED = Set.of("CompileError", "UnresolvedReference");

    public Failure {
        Objects.requireNonNull(ename, "ename");
        Objects.requireNonNull(evalue, "evalue");
        Objects.requireNonNull(traceback, "traceback");
        traceback = traceback.isEmpty()
                ? (evalue.isBlank() ? ename : ename + ": " + evalue).lines().toList()
                : List.copyOf(traceback);
    }

    /**
     * Whether this is a failure of code that could not run as written: it did not compile, or it uses a name
     * that no cell has declared (a missing cell above may explain either).
     */
    public boolean notCompiled() {
        return NOT_COMPILED.contains(ename);
    }

    /** This failure with other traceback lines (e.g. coloured for a front end); empty ones become the message. */
    public Failure withTraceback(List<String> lines) {
        return new Failure(ename, evalue, lines);
    }
}
