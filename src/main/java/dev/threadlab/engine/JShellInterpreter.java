package dev.threadlab.engine;

import dev.threadlab.display.MimeBundle;
import dev.threadlab.interpreter.Authorship;
import dev.threadlab.interpreter.Cell;
import dev.threadlab.interpreter.Completeness;
import dev.threadlab.interpreter.Completion;
import dev.threadlab.interpreter.ExecuteOutcome;
import dev.threadlab.interpreter.ExecuteOutcome.Failed;
import dev.threadlab.interpreter.ExpressionOutcome;
import dev.threadlab.interpreter.Inspection;
import dev.threadlab.interpreter.Interpreter;
import dev.threadlab.interpreter.LanguageInfo;
import dev.threadlab.interpreter.Output;
import dev.threadlab.wire.EngineCommandException;
import dev.threadlab.wire.HeapUse;
import dev.threadlab.wire.ThreadDumpText;
import dev.threadlab.wire.ThreadTable;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;

/**
 * Java through JShell: the compiler runs here, in the kernel JVM; user code runs in a separate engine JVM
 * that can be stopped, killed and replaced without the kernel noticing more than a failed cell.
 *
 * <p>The first engine starts in the background at construction, so {@link #languageInfo()} and
 * {@link #banner()} answer at once and the first cell waits only for what is left of the warm-up.
 * Thread contract of {@link Interpreter}: one caller at a time, except {@link #interrupt()}.
 */
public final class JShellInterpreter implements Interpreter {

    private static final System.Logger LOG = System.getLogger(JShellInterpreter.class.getName());
    private static final Duration WARM_UP_TIMEOUT = Duration.ofSeconds(60);
    private static final long EXPLAIN_PATIENCE_MILLIS = 3_000;
    private static final long DEADLOCK_SETTLE_MILLIS = 400;

    private final EngineOptions options;
    private final OutputRouter router = new OutputRouter();
    private final Failures failures = new Failures();
    private final Interruptions interruptions;
    private final NameGuard names;
    private final List<Path> extraClassPath = new CopyOnWriteArrayList<>();
    /** Entries of {@link #extraClassPath} that a restart drops ({@code %maven} without --keep). */
    private final Set<Path> droppedOnRestart = ConcurrentHashMap.newKeySet();
    private volatile CompletableFuture<Session> session;
    private volatile boolean closed;
    /** The session in which a cell has run, so JShell's source analysis is loaded and answers quickly. */
    private volatile Session analysed;

    /** An interpreter with {@link EngineOptions#defaults()}. */
    public JShellInterpreter() {
        this(EngineOptions.defaults());
    }

    /** An interpreter whose engines are launched with {@code options}; starts the first one now. */
    public JShellInterpreter(EngineOptions options) {
        this(options, Authorship.unknown());
    }

    /**
     * An interpreter whose engines are launched with {@code options}, whose check cells tell the author's
     * names from a learner's by {@code authorship} (see {@link Authorship}); starts the first engine now.
     */
    public JShellInterpreter(EngineOptions options, Authorship authorship) {
        this.options = options;
        this.interruptions = new Interruptions();
        this.names = new NameGuard(authorship);
        this.session = startSession();
    }

    private CompletableFuture<Session> startSession() {
        // A jar that went bad since it was added (overwritten, cut short) would break the fresh compiler too.
        List<Path> classPath = extraClassPath.stream().filter(p -> Jars.problem(p) == null).toList();
        CompletableFuture<Session> future = new CompletableFuture<>();
        Thread starter = new Thread(() -> {
            try {
                Session started = Session.start(options, router, classPath);
                if (closed) {
                    started.close();
                    future.completeExceptionally(new CancellationException("closed"));
                } else {
                    future.complete(started);
                }
            } catch (Throwable e) {
                LOG.log(System.Logger.Level.ERROR, "the Java engine did not start", e);
                future.completeExceptionally(e);
            }
        }, "threadlab-engine-start");
        starter.setDaemon(true);
        starter.start();
        return future;
    }

    @Override
    public LanguageInfo languageInfo() {
        return new LanguageInfo("java", options.javaFeatureVersion(), "text/x-java-source", ".java", "java",
                "text/x-java");
    }

    @Override
    public String banner() {
        return "Java " + options.javaVersion() + " (Threadlab): JShell with user code in a separate engine JVM. "
                + "Type %help for magics.";
    }

    @Override
    public ExecuteOutcome execute(Cell cell, Output output) {
        int tag = router.open(output);
        long run = interruptions.begin(cell.receivedNanos());
        Session current = null;
        try {
            current = awaitSession();
            if (interruptions.requested()) {
                return interrupted();
            }
            Optional<Failed> redirected = names.refusal(current.jshell(), cell.code());
            if (redirected.isPresent()) {
                return redirected.get();
            }
            current.beginCell(tag, cell.executionCount());
            // Only now: a stop sent before the engine knew of this cell would be taken for the last cell's.
            // An interrupt that came earlier is seen by CellRun before the first snippet.
            interruptions.attach(run, current);
            current.engine().input().takeRefused(); // forget a refusal from a background thread before this cell
            current.engine().input().cancel(); // a question of an earlier cell's thread must not block this cell's
            int before = names.snippetCount(current.jshell());
            CellRun cellRun = new CellRun(current, failures, cell);
            ExecuteOutcome outcome = cellRun.run(interruptions::requested);
            interruptions.codeEnded(run);
            names.ran(current.jshell(), before, cell.code(), cell.executionCount());
            Optional<String> forbidden = current.takeRefusedClasses();
            if (forbidden.isPresent()) {
                // Its classes never reached the engine: forget its declarations, so later cells say what is missing.
                current.jshell().snippets().skip(before).toList().forEach(current.jshell()::drop);
                outcome = new Failed("NotWhileGrading", forbidden.get(), List.of());
            }
            cellRun.notes().forEach(output::stderr);
            analysed = current;
            outcome = Explanations.refusedInput(outcome, current.engine().input().takeRefused());
            if (interruptions.requested() && !current.closed()) {
                current.interruptCellThreads();
            }
            reportLeftovers(current, cell.silent() ? null : output);
            return explainDeadlock(outcome, current);
        } catch (EngineUnavailableException e) {
            return new Failed(e.ename(), e.getMessage(), List.of());
        } catch (IllegalStateException e) {
            if (current != null && current.closed()) {
                return engineLost(current);
            }
            throw e;
        } catch (InternalError e) {
            // JShell's compiler throws this when its own state broke (it did on jars that were no jars).
            LOG.log(System.Logger.Level.ERROR, "the compiler failed on a cell", e);
            String what = "The Java compiler (JShell) failed on this cell: " + e.getMessage()
                    + ". If every cell now fails like this, %reset starts a fresh compiler and engine"
                    + " (variables are lost).";
            return new Failed("InternalError", what, List.of(what));
        } finally {
            interruptions.end(run);
            router.ended(tag);
            router.flush();
        }
    }

    /**
     * Ends the cell in the engine and, unless {@code output} is null (a silent cell), says in one line on
     * stdout when the cell left threads, executors or child processes running.
     */
    private void reportLeftovers(Session current, Output output) {
        if (current.closed()) {
            return;
        }
        current.leftovers().filter(line -> output != null).ifPresent(line -> {
            router.flush();
            output.stdout(line + "\n");
        });
    }

    /** Explains a deadlock left by an interrupted cell; asks the engine only when the cell was interrupted. */
    private ExecuteOutcome explainDeadlock(ExecuteOutcome outcome, Session current) {
        if (!(outcome instanceof Failed) || !interruptions.requested() || current.closed()) {
            return outcome;
        }
        // The cell has ended, so there is time: a deadlock of virtual threads is found from a full thread dump,
        // which can take a second on a busy machine (the answer ends the wait as soon as it comes).
        String dump = current.stuckThreads(EXPLAIN_PATIENCE_MILLIS).orElse("");
        if (!dump.contains(ThreadDumpText.DEADLOCK_HEADING) && dump.contains("Thread \"")) {
            // Threads of the cell still run: the interrupt may have woken them from a sleep on their way to the
            // locks that deadlock them (the classic demo), so look once more when they got there.
            pause(DEADLOCK_SETTLE_MILLIS);
            dump = current.stuckThreads(EXPLAIN_PATIENCE_MILLIS).orElse("");
        }
        return Explanations.deadlockAfterInterrupt(outcome, dump);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private ExecuteOutcome engineLost(Session lost) {
        Optional<Integer> code = lost.engine().exitCode(2_000);
        replace(lost);
        if (interruptions.killed()) {
            return Explanations.restartedAfterInterrupt(interruptions.stuckThreads());
        }
        return new Failed("EngineExited", Explanations.exitReason(lost.engine(), code)
                + ": variables and classes were reset. The next cell runs in a fresh engine.", List.of());
    }

    static Failed interrupted() {
        return new Failed("Interrupted", "The cell was interrupted.", List.of());
    }

    @Override
    public ExpressionOutcome evaluate(String expression) {
        try {
            Session current = awaitSession();
            SnippetEvent event = CellRun.mainEvent(current.jshell().eval(expression));
            if (event == null) {
                return new ExpressionOutcome.Failed("CompileError", "There is no expression to evaluate.");
            }
            Snippet snippet = event.snippet();
            try {
                if (event.status() == Snippet.Status.REJECTED) {
                    Failed failed = Failures.compileError(expression, 0,
                            current.jshell().diagnostics(snippet).toList());
                    return new ExpressionOutcome.Failed(failed.ename(), failed.evalue());
                }
                if (event.exception() != null) {
                    Failed failed = failures.exception(current.jshell(), event.exception(), -1);
                    return new ExpressionOutcome.Failed(failed.ename(), failed.evalue());
                }
                String value = event.value();
                return new ExpressionOutcome.Value(MimeBundle.text(value == null ? "" : value));
            } finally {
                if (snippet.subKind() == Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND) {
                    current.jshell().drop(snippet);
                }
            }
        } catch (EngineUnavailableException e) {
            return new ExpressionOutcome.Failed(e.ename(), e.getMessage());
        } catch (IllegalStateException e) {
            return new ExpressionOutcome.Failed("EngineExited", "The Java engine stopped.");
        }
    }

    @Override
    public Completion complete(String code, int cursor) {
        return assist(s -> CodeAssist.complete(s.analysis(), code, cursor), Completion.none(Math.max(0, cursor)));
    }

    @Override
    public Inspection inspect(String code, int cursor, int detailLevel) {
        return assist(s -> CodeAssist.inspect(s.analysis(), code, cursor, detailLevel), Inspection.notFound());
    }

    @Override
    public Completeness isComplete(String code) {
        if (code.isBlank()) {
            return new Completeness.Complete();
        }
        Session current = ready(session);
        if (current == null || current != analysed) {
            // A console waits one second for this answer, then stops asking for the session: until a cell has
            // run (the engine starts, JShell's analysis loads ~0.6 s of javac), the brackets answer at once.
            return CodeAssist.isCompleteByBrackets(code);
        }
        return assist(s -> CodeAssist.isComplete(s.analysis(), code), new Completeness.Complete());
    }

    private <T> T assist(Function<Session, T> action, T fallback) {
        Session ready = ready(session);
        if (ready != null && ready.closed()) {
            return fallback; // the next cell reports the lost engine and replaces it
        }
        try {
            return action.apply(awaitSession());
        } catch (EngineUnavailableException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "code assistance failed", e);
            return fallback;
        }
    }

    @Override
    public void interrupt() {
        interruptions.interrupt();
    }

    @Override
    public void restart() {
        extraClassPath.removeAll(droppedOnRestart);
        droppedOnRestart.clear();
        CompletableFuture<Session> old = session;
        session = startSession();
        failures.clear();
        old.thenAccept(Session::close);
    }

    @Override
    public void close() {
        closed = true;
        interruptions.close();
        session.thenAccept(Session::close);
    }

    // --- for Magics ----------------------------------------------------------------------------------

    /** Whether this interpreter grades submissions (its engines are confined for grading). */
    boolean grading() {
        return options.confinement().grading();
    }

    /** The engine's CPU time over all its threads, when the engine is up and the OS tells. */
    Optional<Duration> engineCpuTime() {
        Session current = ready(session);
        return current == null ? Optional.empty() : current.engine().cpuTime();
    }

    /** The session's JShell, once the engine is up: for magics that read declarations (%who). */
    JShell jshell() throws EngineUnavailableException {
        return awaitSession().jshell();
    }

    /** The engine's process id, or -1 while none is running. */
    long enginePid() {
        Session current = ready(session);
        return current == null ? -1 : current.engine().pid();
    }

    /** The engine's live user threads and child processes. */
    ThreadTable engineThreads() throws EngineUnavailableException, EngineCommandException {
        return awaitSession().threads();
    }

    /** The engine's heap after a full collection. */
    HeapUse engineMemory() throws EngineUnavailableException, EngineCommandException {
        return awaitSession().memory();
    }

    /** A frame of user code as {@code Worker.run (In [3], line 5)}, or null. */
    String describeFrame(StackTraceElement frame) {
        Session current = ready(session);
        StackTraceElement translated = current == null ? null : current.translate(frame);
        return translated == null ? null : failures.where(translated);
    }

    /** Replaces the engine with a fresh one (killing the old one's process tree) and waits until it is up. */
    void reset() throws EngineUnavailableException {
        restart();
        awaitSession();
    }

    /** The class path of user code: the engine's own, then what {@link #addToClassPath} added. */
    List<Path> classPath() {
        List<Path> all = new ArrayList<>();
        all.addAll(options.classPath());
        all.addAll(extraClassPath);
        return all;
    }

    /** Adds {@code path} for the compiler and the engine, now and after restarts. */
    void addToClassPath(Path path) throws EngineUnavailableException {
        awaitSession().jshell().addToClasspath(path.toString());
        extraClassPath.add(path);
    }

    /**
     * Adds the library {@code jar} for the compiler and the engine; a {@link #restart} drops it unless
     * {@code keepAfterRestart}.
     *
     * @return empty when added, else why not (the engine is not running)
     */
    public Optional<String> addLibrary(Path jar, boolean keepAfterRestart) {
        try {
            addToClassPath(jar);
        } catch (EngineUnavailableException e) {
            return Optional.of(e.getMessage());
        }
        if (!keepAfterRestart) {
            droppedOnRestart.add(jar);
        }
        return Optional.empty();
    }

    /** Whether {@code path} is on the class path of user code. */
    public boolean onClassPath(Path path) {
        return classPath().contains(path);
    }

    /** Drops every active type declaration named {@code name} (helper classes of magics). */
    void dropType(String name) {
        Session current = ready(session);
        if (current != null) {
            current.jshell().types().filter(t -> t.name().equals(name)).toList().forEach(current.jshell()::drop);
        }
    }

    /** The session of {@code future} if it started, else null (still starting, failed or cancelled). */
    private static Session ready(CompletableFuture<Session> future) {
        return future.isDone() && !future.isCompletedExceptionally() ? future.join() : null;
    }

    private void replace(Session lost) {
        CompletableFuture<Session> current = session;
        if (ready(current) == lost && !closed) {
            session = startSession();
            failures.clear();
        }
        lost.close();
    }

    private Session awaitSession() throws EngineUnavailableException {
        if (closed) {
            throw new EngineUnavailableException("The interpreter is closed.");
        }
        CompletableFuture<Session> current = session;
        try {
            Session s = current.get(WARM_UP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            if (s.closed()) {
                // It died between cells (a background thread called System.exit, say): say so once.
                String exit = Explanations.exitReason(s.engine(), s.engine().exitCode(2_000));
                replace(s);
                throw new EngineUnavailableException(exit + " after the last cell:"
                        + " variables and classes were reset. This cell did not run; run it again in the fresh engine.",
                        "EngineExited");
            }
            return s;
        } catch (ExecutionException | TimeoutException e) {
            if (session == current && !closed) {
                session = startSession();
            }
            Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
            throw new EngineUnavailableException("The Java engine could not start (" + cause
                    + "). The next cell tries again with a fresh engine.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EngineUnavailableException("Interrupted while waiting for the Java engine to start.");
        } catch (CancellationException e) {
            throw new EngineUnavailableException("The interpreter is closed.");
        }
    }
}
