package dev.threadlab.engine;

import dev.threadlab.interpreter.ExecuteOutcome.Failed;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jdk.jshell.DeclarationSnippet;
import jdk.jshell.Snippet;
import jdk.jshell.SourceCodeAnalysis;

/**
 * The declarations a cell tried to make and could not: it did not compile, it waits for a name nobody
 * declared, or the cell stopped before reaching it. A later cell that fails and uses one of those names
 * (a check cell above all) says so first, e.g. {@code runAll did not compile (In [5], line 3): ';' expected.},
 * instead of leaving the learner with "cannot find symbol" in code they did not write. When an older
 * declaration of the name still stands (JShell keeps it when the redefinition fails), a later cell that uses
 * the name runs that older one: {@link #older} finds those (see {@link OlderVersions}). A name leaves the
 * list when a cell declares it. Thread-safe.
 */
final class FailedDeclarations {

    private static final Pattern NAME = Pattern.compile("[\\p{javaJavaIdentifierStart}][\\p{javaJavaIdentifierPart}]*");
    private static final Pattern LINE = Pattern.compile("line (\\d+), column \\d+:");
    private static final String FIX = " Fix that cell and run it again.";

    /**
     * Name → what went wrong, after the name ({@code did not compile (In [5], line 3): ';' expected.}), the
     * sentence a later cell shows, and the cell it is about.
     */
    private record Why(String what, String sentence, int executionCount, String unreached) {}

    /** A live declaration: the cell it came from (0 when not known) and its source. */
    record Live(int executionCount, String source) {}

    /**
     * A name a cell uses whose latest declaration, in In [{@code failedIn}], failed ({@code what}, as in
     * {@link Why}), while an older declaration of it from In [{@code olderIn}] (0 when not known) still stands.
     */
    record Older(String name, String what, int failedIn, int olderIn) {}

    private final Map<String, Why> failed = new ConcurrentHashMap<>();

    /**
     * Cell {@code executionCount} stopped at {@code pieces.get(stopped)} with {@code failure}: what that piece
     * declares failed, and what the pieces after it declare was never reached.
     */
    void cellStopped(SourceCodeAnalysis analysis, String code, List<CellSplitter.Piece> pieces, int stopped,
                     Snippet snippet, Failed failure, int executionCount) {
        CellSplitter.Piece piece = pieces.get(stopped);
        int line = lineOf(failure, CellText.line(code, piece.offset()));
        String where = "(In [" + executionCount + "], line " + line + "): ";
        String reason = failure.ename().equals("CompileError") ? failure.evalue()
                : failure.ename() + ": " + failure.evalue();
        List<String> own = snippet instanceof DeclarationSnippet d && snippet.kind() != Snippet.Kind.IMPORT
                ? List.of(d.name()) : namesDeclaredBy(analysis, piece.source());
        own = own.stream().filter(name -> !name.startsWith("$")).toList(); // an expression's value, $1, is no name
        for (String name : own) {
            String what = failure.ename().equals("CompileError") ? "did not compile " + where + sentence(failure.evalue())
                    : "cannot be used " + where + sentence(reason);
            failed.put(name, new Why(what, name + " " + what + FIX, executionCount, null));
        }
        for (CellSplitter.Piece later : pieces.subList(stopped + 1, pieces.size())) {
            for (String name : namesDeclaredBy(analysis, later.source())) {
                String what = "was never declared: In [" + executionCount + "] stopped at line " + line
                        + ", before reaching it (" + stripDot(reason) + ").";
                failed.put(name, new Why(what, name + " " + what + FIX, executionCount, later.source()));
            }
        }
    }

    /** {@code snippet} was declared: a cell that uses it no longer needs an explanation. */
    void declared(Snippet snippet) {
        if (snippet instanceof DeclarationSnippet d && snippet.kind() != Snippet.Kind.IMPORT) {
            failed.remove(d.name());
        }
    }

    /**
     * {@code failure} of cell {@code executionCount}, whose code is {@code code}, with why each failed
     * declaration of an earlier cell that the code names went wrong, first; unchanged when it names none.
     * {@code defined} says whether a name is declared and usable now (a declaration that waited for a name
     * becomes usable when another cell declares it); {@code waiting} says, for a name, why its declaration
     * cannot run yet (null when it can): only the live session knows whether they still wait.
     */
    Failed explain(Failed failure, String code, int executionCount, Predicate<String> defined,
                   Function<String, String> waiting) {
        Set<String> sentences = new LinkedHashSet<>();
        Matcher m = NAME.matcher(CellText.codeOnly(code)); // "x" in a string or a comment names nothing
        while (m.find()) {
            Why why = failed.get(m.group());
            if (why != null && why.executionCount() != executionCount && !defined.test(m.group())) {
                sentences.add(why.sentence());
            } else if (why == null && waiting.apply(m.group()) != null) {
                sentences.add(waiting.apply(m.group()));
            }
        }
        if (sentences.isEmpty()) {
            return failure;
        }
        List<String> traceback = new ArrayList<>(sentences);
        List<String> message = failure.evalue().lines().toList();
        if (!message.isEmpty() && !failure.traceback().getFirst().contains(message.getFirst())) {
            traceback.addAll(message); // the traceback below holds the place only (a compile error): say what failed
        }
        traceback.addAll(failure.traceback());
        String evalue = String.join("\n", sentences) + (failure.evalue().isEmpty() ? "" : "\n" + failure.evalue());
        return new Failed(failure.ename(), evalue, traceback);
    }

    /** Whether some name's latest declaration failed: only then can a cell use an {@link #older} one. */
    boolean any() {
        return !failed.isEmpty();
    }

    /** Whether {@code code} holds a name whose latest declaration failed: a quick look before {@link #older}. */
    boolean mentioned(String code) {
        Matcher m = NAME.matcher(code);
        while (m.find()) {
            if (failed.containsKey(m.group())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The names of {@code used} whose latest declaration failed while an older one still stands, so that a
     * cell using them runs the older one: JShell keeps a method, class or variable when its redefinition does
     * not compile, or when the cell stopped before reaching it. {@code live} answers, for a name, its live
     * declarations; one from the failed cell itself is the latest, not an older, and one whose source is the
     * very code the cell did not reach (a cell run again that stopped earlier, an interrupted set-up cell) is
     * no older version either.
     */
    List<Older> older(Set<String> used, Function<String, List<Live>> live) {
        List<Older> older = new ArrayList<>();
        for (String name : used.stream().sorted().toList()) {
            Why why = failed.get(name);
            if (why == null) {
                continue;
            }
            List<Live> declared = live.apply(name);
            boolean same = why.unreached() != null
                    && declared.stream().anyMatch(d -> d.source().strip().equals(why.unreached().strip()));
            declared.stream().filter(d -> !same && d.executionCount() != why.executionCount()).findFirst()
                    .ifPresent(d -> older.add(new Older(name, why.what(), why.executionCount(), d.executionCount())));
        }
        return older;
    }

    /** Forgets everything (after a restart, nothing is declared). */
    void clear() {
        failed.clear();
    }

    /**
     * The names {@code source} declares, also when it does not compile: a method or class with an error in
     * its body is read again as its header with an empty body, a variable as its declaration without value.
     */
    static List<String> namesDeclaredBy(SourceCodeAnalysis analysis, String source) {
        List<String> names = declared(analysis, source);
        int brace = source.indexOf('{');
        if (names.isEmpty() && brace > 0) {
            names = declared(analysis, source.substring(0, brace) + "{}");
        }
        int equals = source.indexOf('=');
        if (names.isEmpty() && equals > 0) {
            names = declared(analysis, source.substring(0, equals).strip() + ";");
        }
        return names;
    }

    private static List<String> declared(SourceCodeAnalysis analysis, String source) {
        try {
            return analysis.sourceToSnippets(source).stream()
                    .filter(s -> s instanceof DeclarationSnippet && s.kind() != Snippet.Kind.IMPORT)
                    .map(s -> ((DeclarationSnippet) s).name()).filter(name -> !name.startsWith("$")).distinct().toList();
        } catch (RuntimeException e) {
            return List.of(); // a snippet JShell cannot even parse declares nothing we can name
        }
    }

    private static int lineOf(Failed failure, int fallback) {
        Matcher m = failure.traceback().isEmpty() ? null : LINE.matcher(failure.traceback().getFirst());
        return m != null && m.matches() ? Integer.parseInt(m.group(1)) : fallback;
    }

    private static String sentence(String text) {
        return stripDot(text.lines().findFirst().orElse("")) + ".";
    }

    private static String stripDot(String text) {
        String first = text.lines().findFirst().orElse("").strip();
        return first.endsWith(".") ? first.substring(0, first.length() - 1) : first;
    }
}
