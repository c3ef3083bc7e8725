package dev.threadlab.agent;

import dev.threadlab.toolkit.Threads;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.time.Duration;
import java.util.concurrent.Callable;

/**
 * The thread named {@code main} that runs a cell's code: one per cell, from its first snippet to its last,
 * so a {@code ThreadLocal}, {@code Thread.currentThread()} and the interrupt flag behave within a cell as
 * they do within a Java method. The command thread hands each snippet over with {@link #run} and waits for
 * it however long it runs; nothing user code does to the command thread (an interrupt, say) ends that wait
 * early, so JShell never sees a cell end while its code still runs.
 *
 * <p>The {@code main} thread lives in a thread group that reports what a thread of the cell did not catch,
 * as a plain JVM does (JShell's own group silently drops every exception but the snippet's). The report
 * goes to {@code System.err} of the thread that failed, so it reaches the cell that started that thread.
 * A stop's {@code ThreadDeath} is not reported: it is the kernel ending busy code. A handler the learner
 * set (on the thread, or as the default) is used instead. {@link #install} makes the report the default
 * handler too, for threads outside the group: virtual threads.
 *
 * <p>Code run outside a cell (the warm-up, {@code user_expressions}) gets a {@code main} thread of its
 * own that ends with it.
 *
 * <p>Thread contract: {@link #beginCell}, {@link #endCell} and {@link #run} on the command thread, one at a
 * time; {@link #isCellMain} from any thread.
 */
final class CellMain {

    /** The name of the thread that runs a cell's code, as the thread of a plain program's {@code main}. */
    static final String THREAD_NAME = "main";
    /** The name of the cell threads' group; {@link CellThreads} and {@link StuckThreads} look for it. */
    static final String GROUP_NAME = "JShell process local execution";
    /** Reports an uncaught exception unless it is a stop; set as the JVM's default handler by {@link #install}. */
    private static final Thread.UncaughtExceptionHandler REPORT = CellMain::report;
    /** How long an idle {@code main} thread may take to end when its cell ends. */
    private static final Duration END_PATIENCE = Duration.ofSeconds(5);

    /** What a snippet ended with: its value as JShell shows it, or what it threw (exactly one is non-null). */
    record Outcome(String value, Throwable failure) {}

    private static volatile Thread current;
    private static volatile boolean running;

    private Worker worker;
    private boolean cellOpen;

    /** Reports uncaught exceptions of threads outside a cell's group (virtual threads) too. */
    static void install() {
        Thread.setDefaultUncaughtExceptionHandler(REPORT);
    }

    /** Whether {@code thread} is the current cell's {@code main} thread, running a snippet now (not idle between two). */
    static boolean isCellMain(Thread thread) {
        return thread != null && thread == current && running;
    }

    /** A cell starts: its first snippet starts a fresh {@code main} thread. */
    void beginCell() {
        endWorker();
        cellOpen = true;
    }

    /** The cell ended: its {@code main} thread ends too. */
    void endCell() {
        endWorker();
        cellOpen = false;
    }

    /**
     * Runs {@code snippet} on the cell's {@code main} thread and waits until it returns or throws, ignoring
     * interrupts of the calling thread. {@link InvocationTargetException}s are unwrapped.
     */
    Outcome run(Callable<String> snippet) {
        if (worker == null || !worker.thread.isAlive()) {
            worker = Worker.start();
        }
        Outcome outcome = worker.run(snippet);
        if (!cellOpen) {
            endWorker();
        }
        return outcome;
    }

    private void endWorker() {
        if (worker != null) {
            worker.end();
            worker = null;
        }
    }

    /** A {@code main} thread: runs the snippets handed to it, one at a time, until {@link #end()}. */
    private static final class Worker implements Runnable {
        private final Thread thread;
        private Callable<String> task;
        private Outcome outcome;
        private boolean ended;

        private Worker() {
            ThreadGroup group = new ThreadGroup(Thread.currentThread().getThreadGroup(), GROUP_NAME) {
                @Override
                public void uncaughtException(Thread t, Throwable e) {
                    Thread.UncaughtExceptionHandler handler = Thread.getDefaultUncaughtExceptionHandler();
                    (handler == null ? REPORT : handler).uncaughtException(t, e);
                }
            };
            thread = new Thread(group, this, THREAD_NAME);
        }

        static Worker start() {
            Worker worker = new Worker();
            current = worker.thread;
            worker.thread.start();
            return worker;
        }

        /** Command thread: hands {@code snippet} over and waits for its outcome, whatever interrupts come. */
        synchronized Outcome run(Callable<String> snippet) {
            task = snippet;
            notifyAll();
            while (outcome == null) {
                if (!thread.isAlive()) {
                    return new Outcome(null, new IllegalStateException("the cell's main thread ended unexpectedly"));
                }
                try {
                    wait(1_000);
                } catch (InterruptedException e) {
                    // User code interrupted the command thread: the cell still runs, so keep waiting.
                }
            }
            Outcome result = outcome;
            outcome = null;
            return result;
        }

        /** Command thread: lets the thread end once idle, and waits a little for it. */
        void end() {
            synchronized (this) {
                ended = true;
                notifyAll();
            }
            if (current == thread) {
                current = null;
            }
            try {
                thread.join(END_PATIENCE);
            } catch (InterruptedException e) {
                // the command thread keeps no interrupts (see run)
            }
        }

        @Override
        public void run() {
            Callable<String> next;
            while ((next = awaitTask()) != null) {
                Outcome result;
                running = true;
                try {
                    result = new Outcome(next.call(), null);
                } catch (InvocationTargetException e) {
                    result = new Outcome(null, e.getCause());
                } catch (Throwable e) {
                    result = new Outcome(null, e);
                } finally {
                    running = false;
                }
                finish(result);
            }
        }

        /**
         * The next snippet, or null once ended. Waits without losing the interrupt flag: a snippet that
         * interrupted {@code main} leaves the flag set for the next one, as a statement would for the next.
         */
        private synchronized Callable<String> awaitTask() {
            boolean interrupted = false;
            while (task == null && !ended) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
            Callable<String> next = task;
            task = null;
            return next;
        }

        private synchronized void finish(Outcome result) {
            outcome = result;
            notifyAll();
        }
    }

    @SuppressWarnings("removal")
    private static void report(Thread thread, Throwable failure) {
        if (failure instanceof ThreadDeath) {
            return;
        }
        PrintStream err = System.err;
        if (err != null) {
            err.print(Threads.describeUncaught(thread, failure));
            err.flush();
        }
    }
}
