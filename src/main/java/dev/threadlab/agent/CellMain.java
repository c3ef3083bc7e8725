package dev.threadlab.agent;

import dev.threadlab.toolkit.Threads;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/**
 * Runs each snippet on a thread named {@code main}, in a thread group that reports what a thread of the
 * cell did not catch, as a plain JVM does. JShell's {@code LocalExecutionControl} runs a snippet in a
 * thread group that keeps the snippet's own exception and silently drops every other one, so without this
 * an exception in a thread the cell started would vanish. {@link AgentExecutionControl} hands the snippet
 * over with {@link #prepare} and lets JShell invoke {@link #run} instead of it; {@link #run} starts the
 * {@code main} thread in a child group of JShell's, waits for it, and answers what the snippet answered or
 * throws what it threw, so JShell sees exactly what it would have seen (a value, an exception, a stop).
 *
 * <p>The report goes to {@code System.err} of the thread that failed, so it reaches the cell that
 * started that thread. A stop's {@code ThreadDeath} is not reported: it is JShell ending busy code. A
 * handler the learner set (on the thread, or as the default) is used instead. {@link #install} makes the
 * report the default handler too, for threads outside the group: virtual threads.
 *
 * <p>Thread contract as JShell's: {@link #prepare} and {@link #run} on the command thread and the thread
 * JShell starts for the snippet, one snippet at a time; {@link #isCellMain} and {@link #isRunner} from any
 * thread.
 */
final class CellMain {

    /** The name of the thread that runs a cell's code, as the thread of a plain program's {@code main}. */
    static final String THREAD_NAME = "main";
    /** The name JShell gives its snippet group; {@link CellThreads} and {@link StuckThreads} look for it. */
    static final String GROUP_NAME = "JShell process local execution";
    /** Reports an uncaught exception unless it is a stop; set as the JVM's default handler by {@link #install}. */
    private static final Thread.UncaughtExceptionHandler REPORT = CellMain::report;
    private static final Method RUN;

    static {
        try {
            RUN = CellMain.class.getDeclaredMethod("run");
            RUN.setAccessible(true);
        } catch (NoSuchMethodException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private static Method pending;
    private static volatile Thread main;
    private static volatile Thread runner;

    private CellMain() {}

    /** Reports uncaught exceptions of threads outside a snippet's group (virtual threads) too. */
    static void install() {
        Thread.setDefaultUncaughtExceptionHandler(REPORT);
    }

    /** The method JShell invokes instead of {@code doit}, which {@link #run} invokes on the {@code main} thread. */
    static Method prepare(Method doit) {
        pending = doit;
        return RUN;
    }

    /** Whether {@code thread} runs the current cell's code. */
    static boolean isCellMain(Thread thread) {
        return thread == main;
    }

    /** Whether {@code thread} is JShell's snippet thread, which only waits for {@code main}. */
    static boolean isRunner(Thread thread) {
        return thread == runner;
    }

    /** Invoked by JShell on its snippet thread. */
    private static Object run() throws Throwable {
        Method doit = pending;
        pending = null;
        Object[] result = new Object[1];
        Throwable[] failure = new Throwable[1];
        ThreadGroup group = new ThreadGroup(Thread.currentThread().getThreadGroup(), GROUP_NAME) {
            @Override
            public void uncaughtException(Thread t, Throwable e) {
                Thread.UncaughtExceptionHandler handler = Thread.getDefaultUncaughtExceptionHandler();
                (handler == null ? REPORT : handler).uncaughtException(t, e);
            }
        };
        Thread thread = new Thread(group, () -> {
            try {
                result[0] = doit.invoke(null);
            } catch (InvocationTargetException e) {
                failure[0] = e.getCause();
            } catch (Throwable e) {
                failure[0] = e;
            }
        }, THREAD_NAME);
        runner = Thread.currentThread();
        main = thread;
        thread.start();
        awaitEnd(thread);
        runner = null;
        main = null;
        if (failure[0] != null) {
            throw failure[0];
        }
        return result[0];
    }

    /**
     * Waits for {@code thread} however long it runs, as JShell waits for a snippet: a stop interrupts
     * this thread too, but only the cell's own code decides when it ends.
     */
    private static void awaitEnd(Thread thread) {
        boolean interrupted = false;
        while (true) {
            try {
                thread.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    @SuppressWarnings("removal")
    private static void report(Thread thread, Throwable failure) {
        if (failure instanceof ThreadDeath) {
            return;
        }
        System.err.print(Threads.describeUncaught(thread, failure));
        System.err.flush();
    }
}
