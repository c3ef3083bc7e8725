package dev.threadlab.agent;

import dev.threadlab.display.Displayable;
import dev.threadlab.display.MimeBundle;
import dev.threadlab.toolkit.internal.CheckChannel;
import dev.threadlab.wire.EngineCommandException;
import dev.threadlab.wire.EngineCommands;
import dev.threadlab.wire.HeapUse;
import dev.threadlab.wire.ThreadTable;
import dev.threadlab.wire.Wire;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import jdk.jshell.execution.LocalExecutionControl;

/**
 * The engine side of JShell's execution control: JShell's {@link LocalExecutionControl} (class loading,
 * and the bytecode instrumentation that lets {@link #stop()} end busy loops, see {@link Stops}), with
 * snippets run on the cell's one {@code main} thread ({@link CellMain}) instead of a new thread each, plus
 * the extension commands the kernel uses. Output needs no flushing here: the {@link Multiplexer} sends each
 * response after, and in the same write as, everything printed before it.
 *
 * <p>Extension commands: the engine's {@link EngineCommands}, decoded by the wire package. {@link #render}
 * answers the bundle when the newest variable of that name holds a {@link Displayable}. {@link #beginCell}
 * starts a cell: its snippets, their threads and their output carry the tag ({@link CellTag}); {@link
 * #refuseChecks} makes its check cells earn nothing ({@link CheckChannel#refuse}); {@link
 * #explainUnresolved} says why code that cannot run yet fails a check ({@link CheckChannel#whyUnresolved}).
 * {@link #endCell} ends the cell (its {@code main} thread ends; {@link Wire#RAW_SYNC} is written below
 * System.out) and answers the warning line about threads and processes the cell left running.
 * {@link #interruptCell} interrupts the live threads the current cell started (see {@link #stop()}).
 * {@link #threads} answers {@link CellThreads#table()}. {@link #memory} answers the heap after a full
 * collection ({@link IdleMemory#afterCollection()}).
 *
 * <p>Thread contract as JShell's: commands come from one thread; {@link #stop()} from any thread.
 */
final class AgentExecutionControl extends LocalExecutionControl implements EngineCommands {

    private static final String WRAPPER_PREFIX = "REPL.$JShell$";

    private final Multiplexer multiplexer;
    private final StandardStreams streams;
    private final CellThreads cells = new CellThreads();
    private final CellMain main = new CellMain();
    private final Stops stops = new Stops(this::defineCancelClass);
    private final IdleMemory idleMemory = new IdleMemory();
    /** Names of loaded snippet wrapper classes, newest first. */
    private final Deque<String> wrappers = new ArrayDeque<>();

    AgentExecutionControl(Multiplexer multiplexer, StandardStreams streams) {
        this.multiplexer = multiplexer;
        this.streams = streams;
    }

    /**
     * Loads the classes of a snippet, with JShell's stop checks woven in. When JShell cannot weave them (its
     * weaver resolves the snippet's own classes through the system class loader, which does not know them:
     * a method whose handler merges values of a cell's class, such as a body inside try/catch (Throwable),
     * fails with IllegalArgumentException, JDK-8366926), the classes load as compiled instead of the engine
     * being given up: a busy loop in them is then ended by interrupting its thread, or by the kernel's
     * escalation.
     */
    @Override
    public void load(ClassBytecodes[] cbcs)
            throws ClassInstallException, NotImplementedException, EngineTerminationException {
        try {
            super.load(cbcs);
        } catch (IllegalArgumentException unwoven) {
            Unwoven.load(this, cbcs, unwoven);
        }
        for (ClassBytecodes cbc : cbcs) {
            String name = cbc.name();
            if (name.startsWith(WRAPPER_PREFIX) && name.indexOf('$', WRAPPER_PREFIX.length()) < 0) {
                wrappers.addFirst(name);
            }
        }
    }

    /**
     * Runs the snippet's {@code doit} on the cell's {@code main} thread ({@link CellMain}) and answers its value
     * as JShell shows values ({@code toString()} runs there too, so a result whose {@code toString()} loops
     * can be interrupted). Replaces JShell's version, which starts a new thread for every snippet and ends its
     * wait for the snippet when the command thread is interrupted, and which calls {@code System.out.flush()}
     * afterwards (a cell that set {@code System.out} to null then lost every later result).
     *
     * <p>A snippet of a cell that was asked to stop does not start. A snippet that ends with {@code ThreadDeath}
     * was stopped if a stop was asked for; otherwise the {@code ThreadDeath} came from user code (or code it
     * called) and is an error like any other exception: never a quiet, normal end.
     */
    @Override
    public String invoke(String className, String methodName)
            throws RunException, InternalException, EngineTerminationException {
        Method doit;
        try {
            doit = findClass(className).getDeclaredMethod(methodName);
            doit.setAccessible(true);
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            throw new InternalException(e.toString());
        }
        stops.ensureCancelClass();
        stops.snippetStarts();
        int tag = cells.currentTag();
        CellMain.Outcome outcome = main.run(() -> {
            CellTag.set(tag);
            try {
                return ResultText.capped(valueString(doit.invoke(null)));
            } catch (InvocationTargetException e) {
                if (e.getCause() instanceof ThreadDeath death) {
                    throw death;
                }
                throw describe(e.getCause());
            }
        });
        Throwable failure = outcome.failure();
        if (failure == null) {
            return outcome.value();
        }
        if (failure instanceof RunException described) {
            throw described;
        }
        if (failure instanceof ThreadDeath) {
            if (stops.requested()) {
                throw new StoppedException();
            }
            throw new UserException("the cell's code threw ThreadDeath, yet nobody interrupted the cell. ThreadDeath"
                    + " is how a cell is stopped, so the cell did not run to its end; do not throw it yourself.",
                    failure.getClass().getName(), failure.getStackTrace());
        }
        throw describe(failure); // thrown by valueString: a result's toString()
    }

    /**
     * What the cell threw, as JShell carries it to the kernel ({@link ThrownChain}). Runs on the cell's thread:
     * an exception's {@code getMessage()} is user code too, and one that never returns or overflows the stack
     * must not take the engine's command thread with it.
     */
    private static RunException describe(Throwable thrown) {
        return ThrownChain.of(thrown);
    }

    /**
     * Stops the running cell: busy loops of cell code end (JShell's instrumented stop check), and every live
     * thread the current cell started is interrupted, in any of its snippets, its {@code main} thread included.
     * A stop that arrives between two snippets also keeps the cell's next snippets from starting. Threads of
     * earlier cells are left alone. A stop while no cell is open does nothing. Any thread.
     */
    @Override
    public void stop() {
        if (stops.stop()) {
            cells.interruptCurrent();
        }
    }

    /**
     * Stops the cell code {@code thread} runs above its innermost frame of class {@code boundary} (a check's probe
     * ends a busy loop that no interrupt reaches): see {@link Stops#stopCellCode}. Any thread.
     */
    boolean stopCellCode(Thread thread, String boundary, java.time.Duration within) {
        return stops.stopCellCode(thread, boundary, within);
    }

    @Override
    public Object extensionCommand(String command, Object arg)
            throws RunException, EngineTerminationException, InternalException {
        if (!EngineCommands.handles(command)) {
            return super.extensionCommand(command, arg);
        }
        try {
            return EngineCommands.serve(this, command, arg);
        } catch (EngineCommandException e) {
            throw new InternalException(e.getMessage());
        }
    }

    @Override
    public void beginCell(int tag, int executionCount) {
        idleMemory.cellBegins();
        main.beginCell();
        cells.begin(tag, executionCount);
        stops.cellBegins();
        streams.restoreIfLost();
        CheckChannel.refuse(null);
        CheckChannel.explainUnresolved(Map.of());
    }

    @Override
    public void explainUnresolved(Map<String, String> whyBySnippetId) {
        CheckChannel.explainUnresolved(whyBySnippetId);
    }

    @Override
    public void refuseChecks(String reason) {
        CheckChannel.refuse(reason);
    }

    @Override
    public Optional<String> endCell() {
        stops.cellEnds();
        main.endCell();
        streams.markEndOfCell();
        idleMemory.cellEnded();
        return Optional.ofNullable(cells.leftovers());
    }

    @Override
    public void interruptCell() {
        cells.interruptCurrent();
    }

    @Override
    public HeapUse memory() {
        long[] heap = IdleMemory.afterCollection();
        return new HeapUse(heap[0], heap[1], heap[2]);
    }

    /** What the running cell's threads are doing, and any deadlock ({@link StuckThreads}). Any thread. */
    String stuckThreads() {
        return StuckThreads.describe(cells);
    }

    @Override
    public ThreadTable threads() {
        return cells.table();
    }

    /**
     * Lets JShell define its cancel class (it does at its first snippet) and answers it. JDK 21's JShell also
     * makes its own handler, which keeps what it catches to itself, the JVM's default for uncaught exceptions
     * there, and leaves it: the engine's ({@link CellMain#install}) is put back, or no exception a learner's
     * thread does not catch would be shown.
     */
    private Class<?> defineCancelClass() throws Exception {
        Method nothing = Stops.class.getDeclaredMethod("nothing");
        nothing.setAccessible(true);
        Thread.UncaughtExceptionHandler engines = Thread.getDefaultUncaughtExceptionHandler();
        try {
            super.invoke(nothing);
        } finally {
            Thread.setDefaultUncaughtExceptionHandler(engines);
        }
        return findClass(Stops.CANCEL_CLASS);
    }

    @Override
    public Optional<MimeBundle> render(String variable) throws EngineCommandException {
        Object value = newestValue(variable);
        if (!(value instanceof Displayable displayable)) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(displayable.mimeBundle());
        } catch (Throwable e) { // user code: it may overflow the stack, or be stopped with ThreadDeath
            throw new EngineCommandException("mimeBundle() of " + value.getClass().getName() + " threw " + e);
        } finally {
            multiplexer.flush();
        }
    }

    private Object newestValue(String variable) {
        for (Iterator<String> it = wrappers.iterator(); it.hasNext(); ) {
            String wrapper = it.next();
            try {
                Field field = findClass(wrapper).getDeclaredField(variable);
                field.setAccessible(true);
                return field.get(null);
            } catch (NoSuchFieldException e) {
                // not declared in this snippet: look further back
            } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
                return null;
            }
        }
        return null;
    }
}
