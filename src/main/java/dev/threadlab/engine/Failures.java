package dev.threadlab.engine;

import dev.threadlab.interpreter.ExecuteOutcome.Failed;
import dev.threadlab.toolkit.CheckFailed;
import dev.threadlab.wire.ClassNames;
import dev.threadlab.wire.ThrownLink;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import jdk.jshell.DeclarationSnippet;
import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.JShell;
import jdk.jshell.JShellException;
import jdk.jshell.MethodSnippet;
import jdk.jshell.Snippet;
import jdk.jshell.TypeDeclSnippet;
import jdk.jshell.UnresolvedReferenceException;
import jdk.jshell.VarSnippet;

/**
 * Turns JShell's compile errors and exceptions into {@link Failed} outcomes a learner can read: positions
 * relative to the cell, stack frames of user code only, mapped to cell lines. Remembers where every
 * snippet came from (cell and first line) so frames of methods declared in earlier cells point there.
 * Thread-safe.
 */
final class Failures {

    /**
     * Where a snippet's first line is: in cell {@code executionCount}, at 1-based {@code line}; {@code valueCell}
     * when it is the kernel's wrapper of an expression (see {@link ValueCells}).
     */
    private record Origin(int executionCount, int line, boolean valueCell) {}

    /** The lambda a value cell wraps its expression in: javac numbers a method's lambdas outermost first. */
    private static final String VALUE_CELL_LAMBDA = "lambda$do_it$$0";
    /** JShell's method around the initializer of a variable whose type it infers ({@code var e = new ...}). */
    private static final String VAR_INITIALIZER = "do_it$Aux";

    private final Map<String, Origin> origins = new ConcurrentHashMap<>();
    private final FailedDeclarations declarations = new FailedDeclarations();

    /**
     * Records that snippet {@code id} starts at {@code line} of cell {@code executionCount}; {@code valueCell}
     * when it is the kernel's wrapper of an expression, whose lambda is no frame of the learner's.
     */
    void remember(String id, int executionCount, int line, boolean valueCell) {
        origins.put(id, new Origin(executionCount, line, valueCell));
    }

    /** Forgets every snippet (after a restart). */
    void clear() {
        origins.clear();
        declarations.clear();
    }

    /** The declarations that cells tried to make and could not, so that later cells can say why. */
    FailedDeclarations declarations() {
        return declarations;
    }

    /**
     * {@code failed}, a failure of cell {@code executionCount}, with why the declarations of earlier cells
     * that {@code code} names are missing or cannot run, first (see {@link FailedDeclarations}); or, when a
     * name it uses is declared nowhere in the session, that (see {@link Undeclared}).
     */
    Failed explain(JShell jshell, Failed failed, String code, int executionCount) {
        Failed explained = declarations.explain(failed, code, executionCount, name -> defined(jshell, name),
                name -> waiting(jshell, name, executionCount));
        return explained != failed ? explained : Undeclared.explain(jshell, failed, code, NameGuard.isCheckCell(code));
    }

    /**
     * The names of {@code used} whose latest declaration failed while an older one still stands (see
     * {@link FailedDeclarations#older}).
     */
    List<FailedDeclarations.Older> older(JShell jshell, Set<String> used) {
        return declarations.older(used, name -> java.util.stream.Stream.of(jshell.methods(), jshell.types(),
                        jshell.variables())
                .flatMap(s -> s)
                .filter(d -> d.name().equals(name) && jshell.status(d).isDefined())
                .map(d -> new FailedDeclarations.Live(
                        origins.get(d.id()) == null ? 0 : origins.get(d.id()).executionCount(), d.source()))
                .toList());
    }

    /** Whether a method, class or variable {@code name} is declared and usable now. */
    private static boolean defined(JShell jshell, String name) {
        return java.util.stream.Stream.of(jshell.methods(), jshell.types(), jshell.variables())
                .flatMap(s -> s)
                .anyMatch(d -> d.name().equals(name) && jshell.status(d) == Snippet.Status.VALID);
    }

    /** Why the method or class {@code name} of an earlier cell cannot run yet, or null when it can. */
    private String waiting(JShell jshell, String name, int executionCount) {
        return java.util.stream.Stream.concat(jshell.methods(), jshell.types())
                .filter(d -> d.name().equals(name) && jshell.status(d) == Snippet.Status.RECOVERABLE_DEFINED)
                .filter(d -> origins.get(d.id()) == null || origins.get(d.id()).executionCount() != executionCount)
                .findFirst()
                .map(d -> whyWaiting(jshell, d))
                .orElse(null);
    }

    /**
     * Why each method and class of the session that waits for a name cannot run, by snippet id: what a check
     * says when the code it calls throws JShell's {@code SPIResolutionException} (which carries only the id).
     */
    Map<String, String> waitingById(JShell jshell) {
        Map<String, String> why = new java.util.HashMap<>();
        java.util.stream.Stream.concat(jshell.methods(), jshell.types())
                .filter(d -> jshell.status(d) == Snippet.Status.RECOVERABLE_DEFINED)
                .forEach(d -> why.put(d.id(), whyWaiting(jshell, d)));
        return why;
    }

    /** {@code gather (In [2], line 1) was created, but cannot be used until variable excutor is declared. …} */
    private String whyWaiting(JShell jshell, DeclarationSnippet d) {
        Origin origin = origins.get(d.id());
        String where = origin == null ? "an earlier cell" : "In [" + origin.executionCount() + "], line " + origin.line();
        return d.name() + " (" + where + ") " + Unresolved.what(jshell, d) + " " + Unresolved.advice(jshell, d);
    }

    /** A compile error at the snippet starting at {@code pieceOffset} of {@code code}. */
    static Failed compileError(String code, int pieceOffset, List<Diag> diagnostics) {
        Diag diag = diagnostics.stream().filter(Diag::isError).findFirst()
                .orElse(diagnostics.isEmpty() ? null : diagnostics.get(0));
        if (diag == null) {
            return new Failed("CompileError", "This code is not valid Java.", List.of());
        }
        long position = diag.getStartPosition() >= 0 ? diag.getStartPosition() : diag.getPosition();
        int index = (int) Math.min(code.length(), pieceOffset + Math.max(0, position));
        return compileError(code, index, diag.getMessage(Locale.ROOT));
    }

    /**
     * javac's {@code message} about UTF-16 index {@code index} of {@code code}. The evalue is its first line, with
     * the missing symbol when it names one ({@code cannot find symbol: variable foo}); the traceback is the
     * place (line and column, the line of code, a caret), then what else javac said ({@code required:},
     * {@code found:}): each line once, since front ends show the evalue above the traceback.
     */
    static Failed compileError(String code, int index, String message) {
        String[] lines = message.split("\n");
        int line = CellText.line(code, index);
        int column = CellText.column(code, index);
        String evalue = lines[0];
        List<String> traceback = new ArrayList<>();
        traceback.add("line " + line + ", column " + column + ":");
        traceback.add("    " + CellText.lineText(code, line));
        traceback.add("    " + " ".repeat(column - 1) + "^");
        for (int i = 1; i < lines.length; i++) {
            String text = lines[i].strip();
            if (text.startsWith("symbol:")) {
                evalue += ": " + text.substring("symbol:".length()).strip();
            } else if (!text.equals("location: class")) {
                // JShell wraps top-level code in a nameless class: "location: class " says nothing to a learner.
                traceback.add(lines[i]);
            }
        }
        return new Failed("CompileError", evalue, traceback);
    }

    /** A declaration that cannot be defined until names it uses are declared. */
    static Failed unresolved(JShell jshell, DeclarationSnippet snippet) {
        String missing = jshell.unresolvedDependencies(snippet).collect(Collectors.joining(", "));
        String evalue = describe(snippet) + " cannot be defined until " + missing + " is declared.";
        return new Failed("UnresolvedReference", evalue, List.of(evalue));
    }

    /**
     * An exception thrown by user code in cell {@code executionCount}. A {@link CheckFailed} is the feedback
     * of a check cell: its message lines only, since the learner did not write the check's code.
     */
    Failed exception(JShell jshell, JShellException exception, int executionCount) {
        if (exception instanceof EvalException e && e.getExceptionClassName().equals(CheckFailed.class.getName())) {
            String message = e.getMessage() == null ? "" : e.getMessage();
            return new Failed(CheckFailed.class.getSimpleName(), message, List.of(message.split("\n")));
        }
        List<Traceback.Thrown> chain = new ArrayList<>();
        for (Throwable t = exception; t instanceof JShellException current; t = t.getCause()) {
            chain.add(thrown(jshell, current));
        }
        Traceback.Thrown first = chain.get(0);
        List<String> traceback = Traceback.lines(chain, frame -> frameText(frame, executionCount));
        return new Failed(simpleName(first.header()), first.message() == null ? "" : first.message(), traceback);
    }

    /** One exception of JShell's chain, with its place in the traceback ({@link ThrownLink}). */
    private static Traceback.Thrown thrown(JShell jshell, JShellException exception) {
        if (exception instanceof UnresolvedReferenceException unresolved) {
            DeclarationSnippet snippet = unresolved.getSnippet();
            String message = describe(snippet) + " " + Unresolved.what(jshell, snippet);
            return new Traceback.Thrown(new ThrownLink(ThrownLink.Role.CAUSE, 0, ""), "UnresolvedReference", message,
                    exception.getStackTrace());
        }
        ThrownLink link = ThrownLink.decode(exception instanceof EvalException e ? e.getExceptionClassName()
                : "Exception");
        String message = ClassNames.withoutWrappers(exception.getMessage());
        if (message != null && message.startsWith("Could not initialize class ")) {
            message += " (its static initializer failed earlier, as shown below: fix it and run the cell"
                    + " that declares the class again)";
        }
        return new Traceback.Thrown(link, ClassNames.readable(link.className()), message,
                withoutInitializerCallers(exception.getStackTrace()));
    }

    /**
     * {@code frames} without the {@code do_it$} frames that only call {@link #VAR_INITIALIZER} of the same
     * snippet: the initializer's frame is the line of the cell, and both showed as that line, read as recursion.
     */
    static StackTraceElement[] withoutInitializerCallers(StackTraceElement[] frames) {
        List<StackTraceElement> kept = new ArrayList<>();
        for (int i = 0; i < frames.length; i++) {
            boolean caller = i > 0 && frames[i - 1].getMethodName().equals(VAR_INITIALIZER)
                    && (frames[i].getMethodName().isEmpty() || frames[i].getMethodName().equals("do_it$"))
                    && Objects.equals(frames[i].getFileName(), frames[i - 1].getFileName());
            if (!caller) {
                kept.add(frames[i]);
            }
        }
        return kept.toArray(StackTraceElement[]::new);
    }

    /** A frame of user code as {@code Worker.run (In [3], line 5)}, or null when it is not user code. */
    String where(StackTraceElement frame) {
        return frameText(frame, -1);
    }

    /** A user frame as {@code divide (cell line 3)}, or null for frames that are not user code. */
    private String frameText(StackTraceElement frame, int executionCount) {
        String file = frame.getFileName();
        if (file == null || !file.startsWith("#")) {
            return null;
        }
        Origin origin = origins.get(file.substring(1));
        String where;
        if (origin == null) {
            where = "an earlier cell";
        } else {
            int line = origin.line() + Math.max(1, frame.getLineNumber()) - 1;
            where = origin.executionCount() == executionCount ? "cell line " + line
                    : "In [" + origin.executionCount() + "], line " + line;
        }
        String method = frame.getMethodName();
        if (origin != null && origin.valueCell() && method.equals(VALUE_CELL_LAMBDA)) {
            return null; // the kernel's wrapper of the cell's expression: the do_it$ frame below is the cell
        }
        String className = frame.getClassName() == null ? "" : frame.getClassName();
        if (method.isEmpty() || method.equals("do_it$") || method.equals(VAR_INITIALIZER)) {
            return where; // JShell's wrappers of the cell's statements and of a var's initializer
        }
        if (method.startsWith("lambda$")) {
            method = "lambda";
        }
        return ClassNames.member(className, method) + " (" + where + ")";
    }

    private static String simpleName(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }

    /** {@code method divide(int)}, {@code class Point}, {@code variable x}. */
    static String describe(Snippet snippet) {
        return switch (snippet) {
            case MethodSnippet m -> "method " + m.name() + "(" + m.parameterTypes() + ")";
            case TypeDeclSnippet t -> "class " + t.name();
            case VarSnippet v -> "variable " + v.name();
            case DeclarationSnippet d -> d.name();
            default -> "this code";
        };
    }
}
