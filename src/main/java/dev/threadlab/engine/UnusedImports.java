package dev.threadlab.engine;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.ImportTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.Plugin;
import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;
import com.sun.source.util.TreeScanner;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Takes out of each class JShell compiles for a cell the imports of earlier declarations that the class never
 * names.
 *
 * <p>Why: JShell compiles every snippet inside a wrapper class whose source imports every declaration alive at
 * the time, one line each ({@code import static REPL.$JShell$12.total;}), and javac resolves each of those
 * imports in every compiler task of a cell (4-6), reading the declaring class again each time. A cell's cost so
 * grew with the declarations before it: after 1,000 declaring cells, 97 % of a cell's evaluation was in
 * compiler tasks, 53 % of it resolving those imports and 18 % reading the class files they name (README,
 * Performance). An import whose simple name the unit never uses as an identifier cannot change what the unit
 * means, so it is dropped from the parsed unit before javac enters it: its class is then neither read nor
 * resolved. Positions are untouched (the text is not changed, only the tree), so diagnostics and stack traces
 * map as before.
 *
 * <p>What is kept: every import that is not JShell's own (the learner's, and the kernel's on-demand imports),
 * and each of JShell's whose name is any identifier of the unit, wherever it stands (a variable, a method called
 * by its simple name, a type, an annotation, the first part of a qualified name). Only while
 * {@link #during(Supplier)} runs on the compiling thread: completion and inspection compile the same wrappers and
 * must see every declaration in scope, so they never reach it.
 *
 * <p>How: a javac {@link Plugin} that javac starts by itself on every compiler task of the kernel JVM (found
 * through {@code META-INF/services}), and a {@link TaskListener} on the end of parsing. The tree's list of
 * definitions is javac's own type, reached by reflection, which needs
 * {@code --add-exports jdk.compiler/com.sun.tools.javac.tree} and {@code .util} (the jar's manifest grants both
 * to {@code java -jar}). Where that is not granted, or a JDK shapes the tree otherwise, nothing is dropped
 * (logged once at DEBUG) and cells compile as JShell made them.
 *
 * <p>The same plug-in gives each cell's compiler task a {@link ReachableWrappers} listing, told after each unit is
 * parsed (and its imports dropped) which earlier wrappers the unit names, so javac is listed only those it can
 * reach.
 */
public final class UnusedImports implements Plugin, TaskListener {

    private static final System.Logger LOG = System.getLogger(UnusedImports.class.getName());
    private static final ThreadLocal<Boolean> ACTIVE = ThreadLocal.withInitial(() -> false);
    private static final String REPL_PACKAGE = "REPL";
    private static final AtomicLong DROPPED = new AtomicLong();
    private static volatile Reach reach;

    /** javac's list of a unit's definitions and how to make one; absent when javac's internals are closed. */
    private record Reach(Field definitions, Method listFrom) {}

    /** For javac's service loader. */
    public UnusedImports() {}

    /**
     * Runs {@code compile} with JShell's unused imports dropped from what this thread compiles meanwhile.
     * Nests.
     */
    static <T> T during(Supplier<T> compile) {
        boolean outer = ACTIVE.get();
        ACTIVE.set(true);
        try {
            return compile.get();
        } finally {
            ACTIVE.set(outer);
        }
    }

    /** How many imports were dropped in this JVM so far (for tests and logs). */
    static long dropped() {
        return DROPPED.get();
    }

    @Override
    public String getName() {
        return "ThreadlabUnusedImports";
    }

    @Override
    public boolean autoStart() {
        return true;
    }

    @Override
    public void init(JavacTask task, String... args) {
        ReachableWrappers listing = ReachableWrappers.forTask(task, ACTIVE.get());
        if (listing == null) {
            task.addTaskListener(this);
            return;
        }
        task.addTaskListener(new TaskListener() {
            @Override
            public void finished(TaskEvent event) {
                UnusedImports.this.finished(event);
                if (event.getKind() == TaskEvent.Kind.PARSE && event.getCompilationUnit() != null) {
                    listing.want(event.getCompilationUnit(), task);
                }
            }
        });
    }

    @Override
    public void finished(TaskEvent event) {
        if (event.getKind() != TaskEvent.Kind.PARSE || !ACTIVE.get()) {
            return;
        }
        CompilationUnitTree unit = event.getCompilationUnit();
        if (unit == null || unit.getImports().stream().noneMatch(UnusedImports::isJShells)) {
            return;
        }
        Reach handles = reach();
        if (handles != null) {
            dropUnused(unit, handles);
        }
    }

    private static void dropUnused(CompilationUnitTree unit, Reach handles) {
        Set<String> named = identifiers(unit);
        try {
            List<Object> kept = new ArrayList<>();
            int dropped = 0;
            for (Object definition : (Iterable<?>) handles.definitions().get(unit)) {
                if (definition instanceof ImportTree imported && isJShells(imported)
                        && !named.contains(simpleName(imported))) {
                    dropped++;
                } else {
                    kept.add(definition);
                }
            }
            if (dropped > 0) {
                handles.definitions().set(unit, handles.listFrom().invoke(null, (Object) kept.toArray()));
                DROPPED.addAndGet(dropped);
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "kept every import of a unit", e);
        }
    }

    /** Every simple name the unit uses as an identifier outside its imports. */
    private static Set<String> identifiers(CompilationUnitTree unit) {
        Set<String> names = new HashSet<>();
        new TreeScanner<Void, Void>() {
            @Override
            public Void visitIdentifier(IdentifierTree identifier, Void nothing) {
                names.add(identifier.getName().toString());
                return null;
            }

            @Override
            public Void visitImport(ImportTree imported, Void nothing) {
                return null;
            }
        }.scan(unit, null);
        return names;
    }

    /** An import JShell wrote for a declaration: one name (never {@code *}) from a class of package REPL. */
    private static boolean isJShells(ImportTree imported) {
        if (!(imported.getQualifiedIdentifier() instanceof MemberSelectTree selected)
                || selected.getIdentifier().contentEquals("*")) {
            return false;
        }
        Tree first = selected.getExpression();
        while (first instanceof MemberSelectTree outer) {
            first = outer.getExpression();
        }
        return first instanceof IdentifierTree root && root.getName().contentEquals(REPL_PACKAGE);
    }

    private static String simpleName(ImportTree imported) {
        return ((MemberSelectTree) imported.getQualifiedIdentifier()).getIdentifier().toString();
    }

    private static Reach reach() {
        Reach handles = reach;
        if (handles == null) {
            synchronized (UnusedImports.class) {
                if (reach == null) {
                    reach = open();
                }
                handles = reach;
            }
        }
        return handles.definitions() == null ? null : handles;
    }

    private static Reach open() {
        try {
            ClassLoader javac = JavacTask.class.getClassLoader();
            Field definitions = Class.forName("com.sun.tools.javac.tree.JCTree$JCCompilationUnit", false, javac)
                    .getField("defs");
            Method listFrom = Class.forName("com.sun.tools.javac.util.List", false, javac)
                    .getMethod("from", Object[].class);
            return new Reach(definitions, listFrom);
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "javac's trees are closed: every import stays", e);
            return new Reach(null, null);
        }
    }
}
