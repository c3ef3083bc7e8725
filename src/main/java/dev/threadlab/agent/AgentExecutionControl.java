package dev.threadlab.agent;

import dev.threadlab.display.Displayable;
import dev.threadlab.display.MimeBundle;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import jdk.jshell.execution.LocalExecutionControl;

/**
 * The engine side of JShell's execution control: JShell's {@link LocalExecutionControl} (which
 * instruments loops so {@link #stop()} ends busy code, and interrupts the snippet's thread group), plus
 * the extension commands the kernel uses. Snippets run on {@link CellMain}'s {@code main} thread. Output
 * needs no flushing here: the {@link Multiplexer} sends each response after, and in the same write as,
 * everything printed before it.
 *
 * <p>Extension commands: {@value #RENDER} with a variable name answers {@code Object[]{data, metadata}}
 * (two {@code LinkedHashMap<String,String>}) when the newest variable of that name holds a
 * {@link Displayable}, otherwise null. {@value #CELL_BEGIN} with {@code int[]{tag, executionCount}} starts
 * a cell: its snippets, their threads and their output carry the tag ({@link CellTag}).
 * {@value #CELL_END} answers the warning line about threads and processes the cell left running, or
 * null. {@value #INTERRUPT_CELL} interrupts the live threads the current cell started (see {@link #stop()}).
 * {@value #THREADS} answers {@link CellThreads#table()} as an {@code ArrayList<Object[]>}.
 *
 * <p>Thread contract as JShell's: commands come from one thread; {@link #stop()} from any thread.
 */
final class AgentExecutionControl extends LocalExecutionControl {

    static final String RENDER = Wire.RENDER_COMMAND;
    static final String CELL_BEGIN = Wire.CELL_BEGIN_COMMAND;
    static final String CELL_END = Wire.CELL_END_COMMAND;
    static final String THREADS = Wire.THREADS_COMMAND;
    static final String INTERRUPT_CELL = Wire.INTERRUPT_CELL_COMMAND;
    private static final String WRAPPER_PREFIX = "REPL.$JShell$";

    private final Multiplexer multiplexer;
    private final CellThreads cells = new CellThreads();
    /** Names of loaded snippet wrapper classes, newest first. */
    private final Deque<String> wrappers = new ArrayDeque<>();

    AgentExecutionControl(Multiplexer multiplexer) {
        this.multiplexer = multiplexer;
    }

    @Override
    public void load(ClassBytecodes[] cbcs)
            throws ClassInstallException, NotImplementedException, EngineTerminationException {
        super.load(cbcs);
        for (ClassBytecodes cbc : cbcs) {
            String name = cbc.name();
            if (name.startsWith(WRAPPER_PREFIX) && name.indexOf('$', WRAPPER_PREFIX.length()) < 0) {
                wrappers.addFirst(name);
            }
        }
    }

    /**
     * Runs the snippet on a thread that inherits the current cell's {@link CellTag}: the {@code main} thread
     * of {@link CellMain}, so that exceptions its threads do not catch are reported.
     */
    @Override
    protected String invoke(Method doitMethod) throws Exception {
        CellTag.set(cells.currentTag());
        return super.invoke(CellMain.prepare(doitMethod));
    }

    /**
     * Stops the running snippet as JShell does (ends instrumented loops, interrupts the threads of the
     * snippet's thread group), and interrupts every other live thread the current cell started. JShell gives
     * each snippet its own thread group and stops only the running snippet's, and does nothing between
     * snippets: a thread started by an earlier snippet of the same cell would never hear of the stop.
     */
    @Override
    public void stop() throws EngineTerminationException, InternalException {
        try {
            super.stop();
        } finally {
            cells.interruptCurrent();
        }
    }

    @Override
    public Object extensionCommand(String command, Object arg)
            throws RunException, EngineTerminationException, InternalException {
        return switch (command) {
            case RENDER -> arg instanceof String name ? render(name) : null;
            case CELL_BEGIN -> {
                if (!(arg instanceof int[] cell) || cell.length != 2) {
                    throw new InternalException("cellBegin needs int[]{tag, executionCount}, was " + arg);
                }
                cells.begin(cell[0], cell[1]);
                yield null;
            }
            case CELL_END -> cells.leftovers();
            case INTERRUPT_CELL -> {
                cells.interruptCurrent();
                yield null;
            }
            case THREADS -> new ArrayList<>(cells.table());
            default -> super.extensionCommand(command, arg);
        };
    }

    private Object render(String variable) throws InternalException {
        Object value = newestValue(variable);
        if (!(value instanceof Displayable displayable)) {
            return null;
        }
        try {
            MimeBundle bundle = displayable.mimeBundle();
            return bundle == null ? null
                    : new Object[] {new LinkedHashMap<>(bundle.data()), new LinkedHashMap<>(bundle.metadata())};
        } catch (RuntimeException | LinkageError e) {
            throw new InternalException("mimeBundle() of " + value.getClass().getName() + " threw " + e);
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
