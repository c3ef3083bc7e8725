package dev.threadlab.engine;

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
import dev.threadlab.wire.ThreadDumpText;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

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
    private static final long EXPLAIN_PATIENCE_MILLIS = 3_000;
    private static final long DEADLOCK_SETTLE_MILLIS = 400;

    private final EngineOptions options;
    private final OutputRouter router = new OutputRouter();
    private final Failures failures = new Failures();
    private final Interruptions interruptions;
    private final NameGuard names;
    private final EngineSupervisor engines;
    private final UserExpressions expressions;
    private final EngineAccess access;
    private final IdleHeap heap = new IdleHeap();
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
        this.engines = new EngineSupervisor(options, router, () -> {
            failures.clear();
            heap.forget();
        });
        this.expressions = new UserExpressions(engines, failures);
        this.access = new EngineAccess(engines, failures);
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
        return heap.during(() -> run(cell, output));
    }

    private ExecuteOutcome run(Cell cell, Output output) {
        int tag = router.open(output);
        long run = interruptions.begin(cell.receivedNanos());
        Session current = null;
        try {
            current = engines.await();
            if (interruptions.requested()) {
                return interrupted();
            }
            Optional<Failed> redirected = names.refusal(current.jshell(), cell.code());
            if (redirected.isPresent()) {
                return redirected.get();
            }
            current.beginCell(tag, cell.executionCount());
            prepare(current, cell, output);
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
            current.forgetDeadTypeNames(); // a class of this cell that did not compile, or was dropped
            if (!cell.silent()) {
                cellRun.notes().forEach(output::stderr);
            }
            analysed = current;
            outcome = Explanations.refusedInput(outcome, current.engine().input().takeRefused());
            if (interruptions.requested() && !current.closed()) {
                current.interruptCellThreads();
            }
            reportLeftovers(current, cell.silent() ? null : output);
            return explainDeadlock(outcome, current);
        } catch (EngineUnavailableException e) {
            return new Failed(e.ename(), e.getMessage(), List.of());
        } catch (EngineLostException e) {
            return engineLost(current);
        } catch (IllegalStateException e) {
            // JShell's own sign, outside an evaluation (its analysis, its snippet list), that the engine is gone.
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
     * Before cell {@code cell} runs: a cell that would run an older version of a name whose latest declaration
     * failed gets a note, or, a check cell, earns nothing ({@link OlderVersions}); a check cell's engine learns
     * why methods that wait for a name cannot run, so that its requirements can say it.
     */
    private void prepare(Session current, Cell cell, Output output) {
        switch (OlderVersions.before(current, failures, cell.code()).orElse(null)) {
            case OlderVersions.Notice.RefuseChecks refuse -> current.refuseChecks(refuse.reason());
            case OlderVersions.Notice.Note note -> {
                if (!cell.silent()) {
                    output.stderr(note.text());
                }
            }
            case null -> { }
        }
        if (NameGuard.isCheckCell(cell.code())) {
            Map<String, String> waiting = failures.waitingById(current.jshell());
            if (!waiting.isEmpty()) {
                current.explainUnresolved(waiting);
            }
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
        engines.replace(lost);
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
        return heap.during(() -> expressions.evaluate(expression));
    }

    @Override
    public Completion complete(String code, int cursor) {
        return assist(s -> CodeAssist.complete(s.analysis(), code, cursor), Completion.none(Math.max(0, cursor)));
    }

    @Override
    public Inspection inspect(String code, int cursor, int detailLevel) {
        return assist(s -> CodeAssist.inspect(s.analysis(), s.javadocs(), code, cursor, detailLevel), Inspection.notFound());
    }

    @Override
    public Completeness isComplete(String code) {
        if (code.isBlank()) {
            return new Completeness.Complete();
        }
        Session current = engines.ready();
        if (current == null || current != analysed) {
            // A console waits one second for this answer, then stops asking for the session: until a cell has
            // run (the engine starts, JShell's analysis loads ~0.6 s of javac), the brackets answer at once.
            return CodeAssist.isCompleteByBrackets(code);
        }
        return assist(s -> CodeAssist.isComplete(s.analysis(), code), new Completeness.Complete());
    }

    private <T> T assist(Function<Session, T> action, T fallback) {
        Session ready = engines.ready();
        if (ready != null && ready.closed()) {
            return fallback; // the next cell reports the lost engine and replaces it
        }
        return heap.during(() -> {
            try {
                return action.apply(engines.await());
            } catch (EngineUnavailableException | RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "code assistance failed", e);
                return fallback;
            }
        });
    }

    @Override
    public void interrupt() {
        interruptions.interrupt();
    }

    @Override
    public void restart() {
        engines.restart();
    }

    @Override
    public void close() {
        engines.close();
        interruptions.close();
        heap.close();
    }

    /** What magics may see and do of the engine besides running cells. */
    EngineAccess access() {
        return access;
    }

    /**
     * Adds the library {@code jar} for the compiler and the engine; a {@link #restart} drops it unless
     * {@code keepAfterRestart}.
     *
     * @return empty when added, else why not (the engine is not running)
     */
    public Optional<String> addLibrary(Path jar, boolean keepAfterRestart) {
        return engines.addLibrary(jar, keepAfterRestart);
    }

    /** Whether {@code path} is on the class path of user code. */
    public boolean onClassPath(Path path) {
        return engines.classPath().contains(path);
    }
}
