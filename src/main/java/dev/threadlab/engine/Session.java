package dev.threadlab.engine;

import dev.threadlab.display.MimeBundle;
import dev.threadlab.wire.EngineCommandException;
import dev.threadlab.wire.EngineCommands;
import dev.threadlab.wire.HeapUse;
import dev.threadlab.wire.ThreadTable;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.VarSnippet;

/**
 * One JShell instance and the engine JVM it executes in, warmed up: the usual imports evaluated and a
 * throwaway snippet run, so the first real cell does not pay for class loading. Not thread-safe (as
 * JShell), except {@link #stop()}, {@link #kill()} and {@link #closed()}.
 */
final class Session implements RunningEngine, AutoCloseable {

    private static final System.Logger LOG = System.getLogger(Session.class.getName());

    /** What a jshell user has at start-up, plus the toolkit and JUnit's {@code Assertions} for check cells. */
    static final List<String> IMPORTS = List.of(
            "java.io.*", "java.math.*", "java.net.*", "java.nio.file.*", "java.time.*", "java.util.*",
            "java.util.concurrent.*", "java.util.concurrent.atomic.*", "java.util.concurrent.locks.*",
            "java.util.function.*", "java.util.regex.*", "java.util.stream.*",
            "dev.threadlab.display.*", "dev.threadlab.toolkit.*", "org.junit.jupiter.api.Assertions");

    private static final String WRAPPER_PREFIX = "REPL.$JShell$";
    /** How long the end of a cell waits for the engine's raw output to catch up (ends early, normally at once). */
    private static final long RAW_OUTPUT_PATIENCE_MILLIS = 2_000;

    private final JShell jshell;
    private final CompiledClasses compiled;
    private final WrapperPreludes preludes;
    private final DeadTypeNames deadTypes;
    private Map<String, Wrapped> wrappers = Map.of();
    private int wrappersOf = -1;
    private final EngineControl control;
    private final EngineCommands commands;
    /** An entry already on the class path, added again by {@link #freshCompiler()}. */
    private final Path onClassPath;
    private volatile boolean closed;
    private long valueSerial;
    private final JavadocCache javadocs = new JavadocCache();
    private int classPathChanges;
    /** The toolkit's sources for Javadoc, added at the first inspection ({@link ToolkitSources}). */
    private boolean sourcesAdded;
    private Closeable toolkitSources;

    private Session(JShell jshell, EngineControl control, Path onClassPath) {
        this.jshell = jshell;
        this.compiled = CompiledClasses.of(jshell);
        this.preludes = WrapperPreludes.of(jshell);
        this.deadTypes = DeadTypeNames.of(jshell);
        this.control = control;
        this.commands = EngineCommands.over(control::extensionCommand);
        this.onClassPath = onClassPath;
        jshell.onShutdown(j -> closed = true);
    }

    /**
     * Launches an engine JVM and a JShell compiling for it; blocks until both are warm. The imports compile
     * while the engine starts (see {@link EngineControlProvider}).
     *
     * @throws EngineStartException when the engine JVM did not start or connect
     */
    static Session start(EngineOptions options, OutputRouter router, List<Path> extraClassPath) {
        EngineControlProvider provider = new EngineControlProvider(options, router);
        PrintStream discard = new PrintStream(OutputStream.nullOutputStream());
        JShell jshell = JShell.builder()
                .executionEngine(provider, Map.of())
                .in(InputStream.nullInputStream())
                .out(discard)
                .err(discard)
                .build();
        try {
            CompilerFootprint.startClassPathFrom(jshell, options.classPath().get(0));
            options.classPath().forEach(p -> jshell.addToClasspath(p.toString()));
            extraClassPath.forEach(p -> jshell.addToClasspath(p.toString()));
            CompilerFootprint.dropSimpleNameIndexLater(jshell);
            for (String name : IMPORTS) {
                quietly(jshell, "import " + name + ";");
            }
            Session session = new Session(jshell, provider.generated(), options.classPath().get(0));
            quietly(jshell, ValueCells.wrap("1 + 1", session.nextValueSerial()).orElseThrow()); // a value cell's form
            // Completion is not warmed here: it costs ~0.6 s of javac work the first cell would wait for.
            return session;
        } catch (IOException e) {
            jshell.close();
            throw new EngineStartException(e.getMessage(), e);
        } catch (RuntimeException e) {
            jshell.close();
            throw e;
        }
    }

    /** Evaluates a snippet the user should never see; drops it unless it is an import. */
    private static void quietly(JShell jshell, String source) {
        for (SnippetEvent event : jshell.eval(source)) {
            if (event.status() == Snippet.Status.REJECTED) {
                LOG.log(System.Logger.Level.DEBUG, "warm-up snippet rejected: {0}", source);
            } else if (event.causeSnippet() == null && event.snippet().kind() != Snippet.Kind.IMPORT) {
                jshell.drop(event.snippet());
            }
        }
    }

    JShell jshell() {
        return jshell;
    }

    /** A new number for the variable of a value cell (see {@link ValueCells}). */
    long nextValueSerial() {
        return ++valueSerial;
    }

    /**
     * Evaluates {@code source} as JShell does; a session whose engine went away meanwhile (JShell then
     * throws {@link IllegalStateException}, or answers as if nothing happened) throws instead.
     *
     * @throws EngineLostException when the engine is gone after (or during) the evaluation
     */
    List<SnippetEvent> eval(String source) {
        List<SnippetEvent> events;
        try {
            events = UnusedImports.during(() -> jshell.eval(source));
        } catch (IllegalStateException e) {
            if (closed()) {
                throw new EngineLostException("the Java engine stopped", e);
            }
            throw e;
        }
        if (closed()) {
            throw new EngineLostException("the Java engine stopped");
        }
        return events;
    }

    SourceCodeAnalysis analysis() {
        return jshell.sourceCodeAnalysis();
    }

    EngineProcess engine() {
        return control.engine();
    }

    /**
     * The Displayable bundle of variable {@code name}, or empty when the value is not Displayable (or its
     * {@code mimeBundle()} failed). Only between evaluations.
     */
    Optional<MimeBundle> render(String name) {
        try {
            return commands.render(name);
        } catch (EngineCommandException e) {
            LOG.log(System.Logger.Level.DEBUG, "render of " + name + " failed", e);
            return Optional.empty();
        }
    }

    /**
     * Drops the temporary variables ({@code $1}, {@code $2}, …) that earlier expression cells left, and has
     * JShell forget their class files. JShell compiles each snippet against every active one, so each leftover
     * slows every later cell (measured in-process: 20 ms per {@code 1 + 1} at first, 61 ms after 600
     * expressions; 10-14 ms throughout with them dropped); and it lists every class file it keeps to each
     * compilation, dropped snippets' too (see {@link CompiledClasses}). Results never show these names, so
     * nothing a learner sees is lost.
     */
    void dropTemporaries() {
        List<Snippet> temporaries = jshell.snippets()
                .filter(s -> (s.subKind() == Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND
                        || s instanceof VarSnippet v && ValueCells.holdsValue(v.name())) && jshell.status(s).isActive())
                .toList();
        List<String> classes = compiled.reachable()
                ? temporaries.stream().map(s -> analysis().wrapper(s).fullClassName()).toList()
                : List.of();
        temporaries.forEach(jshell::drop);
        compiled.forget(classes);
    }

    /**
     * Reduces the import preludes of the wrapped sources JShell keeps to blank lines (see {@link
     * WrapperPreludes}): without this, the text kept grows as the square of the declarations. Between
     * evaluations.
     */
    void slimWrappers() {
        preludes.slim();
    }

    /**
     * Has JShell forget the names of classes that are gone (dropped, or never compiled): JShell 25 otherwise
     * writes {@code java.lang.Object} for the types it infers in every later cell (see {@link DeadTypeNames}).
     * Between evaluations.
     */
    void forgetDeadTypeNames() {
        if (!closed()) {
            deadTypes.forget();
        }
    }

    /** JShell's class files, for tests. */
    CompiledClasses compiledClasses() {
        return compiled;
    }

    /**
     * Gives JShell fresh compiler contexts, keeping every snippet and variable. After javac failed to write
     * a class file because a string constant was too long, the context it reuses stays broken (it keeps the
     * overlong string in its constant pool, JDK 25) and every later snippet fails the same way. JShell
     * starts new contexts whenever the class path changes, so an entry already on it is added again.
     */
    void freshCompiler() {
        jshell.addToClasspath(onClassPath.toString());
    }

    /** Adds {@code path} to the class path of the compiler and of the engine. */
    void addToClasspath(Path path) {
        jshell.addToClasspath(path.toString());
        classPathChanges++;
        CompilerFootprint.dropSimpleNameIndexLater(jshell);
    }

    /** The Javadoc read for inspections, for the declared types and methods and the class path as they are now. */
    JavadocCache javadocs() {
        if (!sourcesAdded) {
            sourcesAdded = true; // once: JShell opens the JDK's src.zip at the first inspection, not at start
            toolkitSources = ToolkitSources.addTo(jshell, onClassPath);
        }
        javadocs.keepIf(List.of(classPathChanges,
                Stream.concat(jshell.types(), jshell.methods()).map(Snippet::id).toList()));
        return javadocs;
    }

    /** Tells the engine that cell {@code tag}, shown as In [{@code executionCount}], starts now. */
    void beginCell(int tag, int executionCount) {
        try {
            commands.beginCell(tag, executionCount);
        } catch (EngineCommandException | RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "cellBegin failed (the cell's eval will tell why)", e);
        }
    }

    /** Makes the check cells of the cell that began earn nothing, failing with {@code reason}. Between evaluations. */
    void refuseChecks(String reason) {
        try {
            commands.refuseChecks(reason);
        } catch (EngineCommandException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "refuseChecks failed: the check may test an older answer", e);
        }
    }

    /** Tells the engine why the snippets that wait for a name cannot run, by id. Between evaluations. */
    void explainUnresolved(Map<String, String> whyBySnippetId) {
        try {
            commands.explainUnresolved(whyBySnippetId);
        } catch (EngineCommandException | RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "explainUnresolved failed (checks then name the exception)", e);
        }
    }

    /**
     * Ends the cell in the engine, waits until what it wrote below System.out (a child's inherited output,
     * say) has reached the cell, and answers the line warning about threads and processes the cell left
     * running, if any. Between evaluations.
     */
    Optional<String> leftovers() {
        try {
            Optional<String> line = commands.endCell();
            control.engine().awaitRawOutput(RAW_OUTPUT_PATIENCE_MILLIS);
            return line;
        } catch (EngineCommandException | RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "cellEnd failed", e);
            return Optional.empty();
        }
    }

    /**
     * Interrupts the threads the current cell started that still run: after an interrupt, so that one which
     * reached the engine between two snippets, or before the cell started a thread, still reaches every
     * thread of the cell. Between evaluations.
     */
    void interruptCellThreads() {
        try {
            commands.interruptCell();
        } catch (EngineCommandException | RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "interruptCell failed", e);
        }
    }

    /** The engine's heap after a full collection. Between evaluations. */
    HeapUse memory() throws EngineCommandException {
        return commands.memory();
    }

    /** The engine's user threads and child processes. Between evaluations. */
    ThreadTable threads() throws EngineCommandException {
        return commands.threads();
    }

    /**
     * A frame of snippet code as JShell reports frames of exceptions: file {@code #<snippet id>}, line within
     * the snippet; null when the frame's class is no active snippet's wrapper. Between evaluations.
     */
    StackTraceElement translate(StackTraceElement frame) {
        String className = frame.getClassName();
        if (!className.startsWith(WRAPPER_PREFIX)) {
            return null;
        }
        int nested = className.indexOf('$', WRAPPER_PREFIX.length());
        Wrapped wrapped = wrappers().get(nested < 0 ? className : className.substring(0, nested));
        if (wrapped == null) {
            return null;
        }
        int line = snippetLine(wrapped.wrapper(), frame.getLineNumber());
        return new StackTraceElement(className, frame.getMethodName(), "#" + wrapped.snippet().id(), line);
    }

    private record Wrapped(Snippet snippet, SourceCodeAnalysis.SnippetWrapper wrapper) {}

    /** Snippets by wrapper class name, rebuilt when snippets were added (each redefinition is a new one). */
    private Map<String, Wrapped> wrappers() {
        List<Snippet> all = jshell.snippets().toList();
        if (all.size() != wrappersOf) {
            Map<String, Wrapped> byClass = new HashMap<>();
            for (Snippet snippet : all) {
                if (snippet.kind() != Snippet.Kind.IMPORT && snippet.kind() != Snippet.Kind.ERRONEOUS) {
                    try {
                        SourceCodeAnalysis.SnippetWrapper wrapper = analysis().wrapper(snippet);
                        byClass.put(wrapper.fullClassName(), new Wrapped(snippet, wrapper));
                    } catch (RuntimeException e) {
                        LOG.log(System.Logger.Level.DEBUG, "no wrapper for snippet " + snippet.id(), e);
                    }
                }
            }
            wrappers = byClass;
            wrappersOf = all.size();
        }
        return wrappers;
    }

    private static int snippetLine(SourceCodeAnalysis.SnippetWrapper wrapper, int wrappedLine) {
        String wrapped = wrapper.wrapped();
        int at = 0;
        for (int line = 1; line < wrappedLine && at >= 0; line++) {
            at = wrapped.indexOf('\n', at) + 1;
        }
        int end = wrapped.indexOf('\n', Math.max(at, 0));
        for (int i = Math.max(at, 0); i < (end < 0 ? wrapped.length() : end); i++) {
            int source = wrapper.wrappedToSourcePosition(i);
            if (source >= 0) {
                return 1 + (int) wrapper.source().substring(0, source).chars().filter(c -> c == '\n').count();
            }
        }
        return 1;
    }

    /**
     * Why a grading engine refused classes of the cell that just ran (see {@link GradingRules}), once; empty
     * when it refused none. Between evaluations.
     */
    Optional<String> takeRefusedClasses() {
        return control.takeRefusal();
    }

    /** Asks the engine to stop the running cell, and gives up its unanswered input request. Any thread. */
    @Override
    public void stop() {
        control.stop();
        control.engine().input().cancel();
    }

    /** Kills the engine JVM; a running evaluation ends with the session closed. Any thread. */
    @Override
    public void kill() {
        control.engine().kill();
    }

    /** What the running cell's threads are doing, or empty when the engine does not say within 500 ms. Any thread. */
    @Override
    public Optional<String> stuckThreads() {
        return stuckThreads(500);
    }

    /** What the cell's threads are doing, or empty when the engine does not say within {@code millis}. Any thread. */
    Optional<String> stuckThreads(long millis) {
        return control.engine().control().threadDump(millis);
    }

    /** Whether the engine is gone (it exited, was killed, or the session was closed). */
    boolean closed() {
        return closed || !control.engine().isAlive();
    }

    @Override
    public void close() {
        kill();
        try {
            jshell.close();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "closing JShell", e);
        }
        if (toolkitSources != null) {
            try {
                toolkitSources.close();
            } catch (IOException | RuntimeException e) {
                LOG.log(System.Logger.Level.DEBUG, "closing the toolkit's sources", e);
            }
        }
    }

}
