package dev.threadlab.engine;

import dev.threadlab.interpreter.Authorship;
import dev.threadlab.interpreter.ExecuteOutcome.Failed;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import jdk.jshell.DeclarationSnippet;
import jdk.jshell.ImportSnippet;
import jdk.jshell.JShell;
import jdk.jshell.MethodSnippet;
import jdk.jshell.PersistentSnippet;
import jdk.jshell.Snippet;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.TypeDeclSnippet;
import jdk.jshell.VarSnippet;

/**
 * Keeps a check cell from being redirected by a learner's declarations. Every JShell snippet sees every
 * earlier one, so a learner's {@code class Check}, {@code class Assertions}, a variable named
 * {@code Duration} or an {@code import} of another {@code List} would be what the check cell calls. Before
 * a check cell (one that calls {@code Check.cell}) runs, the names it uses without
 * declaring them (see {@link FreeNames}) are compared with the live declarations of other cells, and the
 * cell is refused, naming the declaration and the cell it came from, when one of a learner's stands in for
 * such a name. What counts as a learner's, and which names are refused, depends on the {@link Authorship}:
 * unknown (the live kernel), a learner's classes, interfaces, records, enums, variables and imports named
 * like a type the cell's imports provide; known (grading), every declaration from a cell that is not the
 * author's, methods too, named like anything the check cell or the author's declarations use, except the
 * names the exercises ask for.
 *
 * <p>Never refused: a top-level variable named like a local variable of the check cell (the local hides
 * it), helper classes and methods with names the check does not use, and the methods the exercise asks for.
 * Not thread-safe: the interpreter's one caller at a time.
 */
final class NameGuard {

    /** The ename of a refused check cell. */
    static final String ENAME = "ShadowedName";
    private static final Pattern CHECK_CALL = Pattern.compile("\\bCheck\\s*\\.\\s*(cell|partial)\\s*\\(");
    private static final int SHOWN_SOURCE = 60;

    /** Where a snippet came from: the cell's execution count, and whether the author wrote that cell. */
    private record Origin(int executionCount, boolean author) {}

    private final Authorship authorship;
    private JShell jshell;
    /** By snippet object: JShell gives a replacing declaration the id of the one it replaces. */
    private final Map<Snippet, Origin> origins = new HashMap<>();
    private final Map<Snippet, Set<String>> usedBy = new HashMap<>();
    private Set<String> exerciseNames;

    NameGuard(Authorship authorship) {
        this.authorship = authorship;
    }

    /** How many snippets {@code session} has; pass it to {@link #ran} after the cell. */
    int snippetCount(JShell session) {
        follow(session);
        return (int) session.snippets().count();
    }

    /** The snippets after the first {@code before} came from the cell of {@code code}, In [{@code count}]. */
    void ran(JShell session, int before, String code, int executionCount) {
        follow(session);
        Origin origin = new Origin(executionCount, authorship.byAuthor(code));
        session.snippets().skip(before).forEach(s -> origins.putIfAbsent(s, origin));
    }

    /** Why the cell {@code code} must not run in {@code session}, or empty (it is no check cell, or nothing stands in). */
    Optional<Failed> refusal(JShell session, String code) {
        follow(session);
        if (!isCheckCell(code)) {
            return Optional.empty();
        }
        SourceCodeAnalysis analysis = session.sourceCodeAnalysis();
        Set<String> own = usedNames(session, code);
        Set<String> used = new HashSet<>(own);
        if (authorship.known()) {
            declarations(session).filter(this::byAuthor)
                    .forEach(s -> used.addAll(usedBy.computeIfAbsent(s, NameGuard::usedBy)));
        }
        Set<String> allowed = exerciseNames(analysis);
        return Stream.concat(declarations(session), session.imports())
                .filter(s -> !byAuthor(s))
                .map(s -> offence(session, s, own, used, allowed))
                .flatMap(Optional::stream)
                .findFirst();
    }

    /** Whether {@code code} is a check cell: it calls {@code Check.cell}. */
    static boolean isCheckCell(String code) {
        return CHECK_CALL.matcher(code).find();
    }

    /** The names the cell {@code code} uses without declaring them (see {@link FreeNames}). */
    static Set<String> usedNames(JShell session, String code) {
        Set<String> used = new HashSet<>();
        for (SourceCodeAnalysis.SnippetWrapper wrapper : session.sourceCodeAnalysis().wrappers(code)) {
            used.addAll(FreeNames.of(wrapper.wrapped(), at -> wrapper.wrappedToSourcePosition(at) >= 0));
        }
        return used;
    }

    private Optional<Failed> offence(JShell session, PersistentSnippet snippet, Set<String> own, Set<String> used,
            Set<String> allowed) {
        String name = simpleName(snippet);
        if (!used.contains(name) || allowed.contains(name)) {
            return Optional.empty();
        }
        if (snippet instanceof ImportSnippet i) {
            if (i.fullname().endsWith(".*") || (!i.isStatic() && i.fullname().equals(defaultType(session, name)))
                    || (i.isStatic() && !authorship.known())) {
                return Optional.empty();
            }
        } else if (!authorship.known() && (snippet instanceof MethodSnippet || defaultType(session, name) == null)) {
            return Optional.empty();
        }
        Origin origin = origins.get(snippet);
        String kind = kind(snippet);
        String where = origin == null ? "" : " (In [" + origin.executionCount() + "]: "
                + firstLine(snippet.source()) + ")";
        String uses = own.contains(name) ? "it uses the name " + name : "the lesson's code it calls uses the name " + name;
        return Optional.of(new Failed(ENAME, "This check cell was not run: " + uses + ", and your "
                + kind + " " + (snippet instanceof ImportSnippet i ? i.fullname() : name) + where
                + " now stands for it, so the check would test your " + kind + " instead of the one it means. "
                + (snippet instanceof ImportSnippet ? "Remove that import" : "Rename your " + kind)
                + " (or run %reset to start over), run your cells again, then run this check.",
                List.of()));
    }

    /** The class a simple type name means through the session's own imports (not a learner's), or null. */
    private String defaultType(JShell session, String name) {
        for (String imported : Session.IMPORTS) { // also after Shadowing dropped it for a learner's class
            if (!imported.endsWith(".*") && imported.endsWith("." + name)) {
                return imported;
            }
        }
        List<ImportSnippet> trusted = session.imports().filter(this::byAuthor).filter(i -> !i.isStatic()).toList();
        for (ImportSnippet i : trusted) {
            if (!i.fullname().endsWith(".*") && simpleName(i).equals(name)) {
                return i.fullname();
            }
        }
        if (exists("java.lang." + name)) {
            return "java.lang." + name;
        }
        for (ImportSnippet i : trusted) {
            String pkg = i.fullname();
            if (pkg.endsWith(".*") && exists(pkg.substring(0, pkg.length() - 1) + name)) {
                return pkg.substring(0, pkg.length() - 1) + name;
            }
        }
        return null;
    }

    private static boolean exists(String className) {
        try {
            Class.forName(className, false, NameGuard.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /** The session's own snippets (imports made before the first cell) and the author's cells' are the author's. */
    private boolean byAuthor(Snippet snippet) {
        Origin origin = origins.get(snippet);
        return origin != null && origin.author();
    }

    private static Stream<DeclarationSnippet> declarations(JShell session) {
        return Stream.of(session.types(), session.methods(), session.variables()).flatMap(s -> s);
    }

    /**
     * The names a declaration's own source uses, read as a member of a class (JShell's wrapper of a declaration
     * that was not yet resolvable when made holds only a stub, so the source is read instead).
     */
    private static Set<String> usedBy(Snippet snippet) {
        String prefix = "class Wrapper {\n";
        Set<String> names = new HashSet<>(FreeNames.of(prefix + snippet.source() + "\n}", at -> at >= prefix.length()));
        names.remove("var"); // the type of a local-variable-like declaration, not a name
        return names;
    }

    /** The names the source's answer cells declare (with the reference solutions): the exercise asks for them. */
    private Set<String> exerciseNames(SourceCodeAnalysis analysis) {
        if (exerciseNames == null) {
            Set<String> names = new HashSet<>();
            for (String code : authorship.exerciseCells()) {
                for (CellSplitter.Piece piece : CellSplitter.split(analysis, code)) {
                    for (Snippet snippet : analysis.sourceToSnippets(piece.source())) {
                        if (snippet instanceof DeclarationSnippet d) {
                            names.add(d.name());
                        }
                    }
                }
            }
            exerciseNames = Set.copyOf(names);
        }
        return exerciseNames;
    }

    /** Starts over for a new JShell: its snippets so far (the warm-up's imports) are the session's own. */
    private void follow(JShell session) {
        if (session != jshell) {
            jshell = session;
            origins.clear();
            usedBy.clear();
            exerciseNames = null;
            session.snippets().forEach(s -> origins.put(s, new Origin(0, true)));
        }
    }

    private static String simpleName(PersistentSnippet snippet) {
        if (snippet instanceof ImportSnippet i) {
            String full = i.fullname();
            return full.substring(full.lastIndexOf('.') + 1);
        }
        return snippet.name();
    }

    private static String kind(PersistentSnippet snippet) {
        return switch (snippet) {
            case TypeDeclSnippet t -> switch (t.subKind()) {
                case INTERFACE_SUBKIND -> "interface";
                case ENUM_SUBKIND -> "enum";
                case RECORD_SUBKIND -> "record";
                case ANNOTATION_TYPE_SUBKIND -> "annotation";
                default -> "class";
            };
            case MethodSnippet m -> "method";
            case VarSnippet v -> "variable";
            case ImportSnippet i -> "import";
            default -> "declaration";
        };
    }

    private static String firstLine(String source) {
        String line = source.strip().lines().findFirst().orElse("").strip();
        return line.length() > SHOWN_SOURCE ? line.substring(0, SHOWN_SOURCE) + "…" : line;
    }
}
