package dev.threadlab.engine;

import dev.threadlab.display.MimeBundle;
import dev.threadlab.display.cell.CellValue;
import dev.threadlab.interpreter.Cell;
import dev.threadlab.interpreter.ExecuteOutcome;
import dev.threadlab.interpreter.ExecuteOutcome.Failed;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import jdk.jshell.DeclarationSnippet;
import jdk.jshell.ExpressionSnippet;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.TypeDeclSnippet;
import jdk.jshell.VarSnippet;

/**
 * One cell run in a session: snippet by snippet, stopping at the first failure; the value of a final
 * expression becomes the result, with the richer MIME types of a {@code Displayable}.
 *
 * <p>Throws {@link EngineLostException} when the engine went away during the run.
 */
final class CellRun {

    /** Types whose values are never Displayable: no need to ask the engine. */
    private static final Set<String> PLAIN_TYPES = Set.of("int", "long", "short", "byte", "char", "boolean",
            "float", "double", "String", "java.lang.String", "Integer", "Long", "Double", "Boolean");

    private final Session session;
    private final Failures failures;
    private final Cell cell;
    private final List<String> notes = new ArrayList<>();

    CellRun(Session session, Failures failures, Cell cell) {
        this.session = session;
        this.failures = failures;
        this.cell = cell;
    }

    /**
     * What the run noticed for the learner besides its outcome (a class that hides an imported one, a method
     * that cannot be used until a name it uses is declared).
     */
    List<String> notes() {
        return notes;
    }

    ExecuteOutcome run(BooleanSupplier interrupted) {
        String code = cell.code();
        session.dropTemporaries();
        session.slimWrappers();
        List<CellSplitter.Piece> pieces = CellSplitter.split(session.analysis(), code);
        MimeBundle result = null;
        for (int i = 0; i < pieces.size(); i++) {
            CellSplitter.Piece piece = pieces.get(i);
            if (interrupted.getAsBoolean()) {
                return JShellInterpreter.interrupted();
            }
            List<SnippetEvent> events = evaluate(piece);
            if (interrupted.getAsBoolean()) {
                return JShellInterpreter.interrupted();
            }
            SnippetEvent main = mainEvent(events);
            if (main == null) {
                continue;
            }
            failures.remember(main.snippet().id(), cell.executionCount(), CellText.line(code, piece.offset()),
                    main.snippet() instanceof VarSnippet v && ValueCells.holdsValue(v.name()));
            Failed failed = failure(code, piece, main);
            if (failed != null) {
                // First this cell's own failure, so that what it declares again is not explained by an earlier
                // cell's failure to declare it (the same message twice, blamed on a cell that is not this one).
                failures.declarations().cellStopped(session.analysis(), code, pieces, i, main.snippet(), failed,
                        cell.executionCount());
                return failures.explain(session.jshell(), failed, code, cell.executionCount());
            }
            failures.declarations().declared(main.snippet());
            if (main.status() == Snippet.Status.RECOVERABLE_DEFINED && main.snippet() instanceof DeclarationSnippet d) {
                notes.add(Unresolved.note(session.jshell(), d));
            }
            if (main.snippet() instanceof TypeDeclSnippet type && main.previousStatus() == Snippet.Status.NONEXISTENT) {
                Shadowing.note(type.name()).ifPresent(notes::add);
                Shadowing.dropSingleTypeImport(session.jshell(), type.name());
            }
            result = i == pieces.size() - 1 ? result(main) : null;
        }
        return new ExecuteOutcome.Ok(result);
    }

    /**
     * The piece evaluated as a value in one compilation when it can be an expression (see {@link ValueCells}),
     * else, or when that did not compile (nothing ran then), as written.
     */
    private List<SnippetEvent> evaluate(CellSplitter.Piece piece) {
        Optional<String> asValue = piece.incomplete() ? Optional.empty()
                : ValueCells.wrap(piece.source(), session.nextValueSerial());
        if (asValue.isPresent()) {
            List<SnippetEvent> events = session.eval(asValue.get());
            SnippetEvent main = mainEvent(events);
            if (main != null && main.status() == Snippet.Status.VALID) {
                return events; // it ran (and maybe threw): never run it again
            }
        }
        return session.eval(piece.source());
    }

    /** The event of the snippet itself (not of the declarations it updated), or null. */
    static SnippetEvent mainEvent(List<SnippetEvent> events) {
        return events.stream().filter(e -> e.causeSnippet() == null).findFirst().orElse(null);
    }

    private Failed failure(String code, CellSplitter.Piece piece, SnippetEvent event) {
        Snippet snippet = event.snippet();
        if (event.status() == Snippet.Status.REJECTED) {
            var diagnostics = session.jshell().diagnostics(snippet).toList();
            if (diagnostics.isEmpty() && piece.incomplete()) {
                return new Failed("CompileError", "The cell ends before this code is complete: a closing brace,"
                        + " parenthesis or semicolon is missing.", List.of());
            }
            return Failures.compileError(code, piece.offset(), diagnostics);
        }
        if (event.exception() != null) {
            return failures.exception(session.jshell(), event.exception(), cell.executionCount());
        }
        if (event.status() == Snippet.Status.RECOVERABLE_NOT_DEFINED && snippet instanceof DeclarationSnippet d) {
            if (session.jshell().unresolvedDependencies(d).findAny().isEmpty()) {
                // Nothing is missing: the compiler could not write its class (a string constant over 64 KB),
                // and the compiler context it used fails every later class the same way unless replaced.
                session.jshell().drop(d);
                session.freshCompiler();
                String name = d.subKind() == Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND ? "this expression"
                        : Failures.describe(d);
                return ConstantLimit.failure(code, piece.offset(), piece.source(), name);
            }
            return Failures.unresolved(session.jshell(), d);
        }
        return null;
    }

    private MimeBundle result(SnippetEvent event) {
        String value = event.value();
        String name;
        String type;
        switch (event.snippet()) {
            case VarSnippet v when v.subKind() == Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND -> {
                name = v.name();
                type = v.typeName();
            }
            case VarSnippet v when ValueCells.holdsValue(v.name()) -> {
                if (CellValue.NONE_TEXT.equals(value)) {
                    return null; // the expression had no value, as System.out.println(x)
                }
                name = v.name();
                type = null; // declared Object: the engine is asked whether the value is Displayable
            }
            case ExpressionSnippet e when e.subKind() != Snippet.SubKind.ASSIGNMENT_SUBKIND -> {
                name = e.name();
                type = e.typeName();
            }
            default -> {
                return null;
            }
        }
        if (value == null) {
            return null;
        }
        MimeBundle plain = MimeBundle.text(value);
        if (type != null && PLAIN_TYPES.contains(type)) {
            return plain;
        }
        Optional<MimeBundle> rendered = session.render(name);
        if (rendered.isEmpty()) {
            return plain;
        }
        if (rendered.get().data().isEmpty()) {
            return null; // a Displayable with nothing to show, e.g. the DisplayHandle of Display.show(x)
        }
        Map<String, String> types = new LinkedHashMap<>(rendered.get().data());
        types.putIfAbsent(MimeBundle.TEXT_PLAIN, value);
        return new MimeBundle(types, rendered.get().metadata());
    }
}
