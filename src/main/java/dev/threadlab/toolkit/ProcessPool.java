package dev.threadlab.toolkit;

import dev.threadlab.toolkit.internal.ToolkitOwned;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * N worker JVMs that apply one static function to many inputs: Java's counterpart of Python's
 * {@code ProcessPoolExecutor.map}.
 *
 * <pre>{@code
 * try (var pool = ProcessPool.start(2, "dev.threadlab.toolkit.ProcessPool$Worker#describe", timeline)) {
 *     pool.map(List.of("a", "b", "c"));   // ["a @ pid 4711", "b @ pid 4712", "c @ pid 4711"], in input order
 *     pool.pids();                         // [4711, 4712]: separate processes, separate memory, real parallelism
 * }
 * }</pre>
 *
 * <p>The function is named {@code class#method}: a public static method taking one {@code String}
 * and returning a {@code String}, in a class on this JVM's class path (not one declared in a notebook
 * cell: a child JVM cannot see those). Each worker runs {@link Worker} and takes one task at a time
 * over its stdin and stdout, one line each way; whichever worker is free takes the next input. With
 * a {@link Timeline}, every task is a span on its worker's row {@code pid N}, named after its input. Workers start in
 * {@link #start} (a few hundred ms each) and are reused by every {@code map}. {@link #close()} ends
 * them; so does the exit of this JVM. Thread-safe: concurrent {@code map} calls run one after
 * another.
 */
public final class ProcessPool implements AutoCloseable {

    /** The longest task name on a timeline, in characters. */
    private static final int LABEL = 24;

    private final String function;
    private final List<WorkerProcess> workers;
    private final Timeline timeline;
    private final ExecutorService coordinators =
            Executors.newThreadPerTaskExecutor(ToolkitOwned.factory(Thread.ofVirtual().factory()));
    private volatile boolean closed;

    private ProcessPool(String function, List<WorkerProcess> workers, Timeline timeline) {
        this.function = function;
        this.workers = workers;
        this.timeline = timeline;
    }

    /** A pool of {@code workers} JVMs applying {@code function} ({@code class#method}), without a timeline. */
    public static ProcessPool start(int workers, String function) {
        return start(workers, function, null);
    }

    /**
     * A pool of {@code workers} JVMs applying {@code function} ({@code class#method}); each task is
     * recorded on {@code timeline} when it is not null.
     *
     * @throws IllegalArgumentException if {@code workers} is not between 1 and 64 or the name has no {@code #}
     * @throws UncheckedIOException     if a worker cannot be started
     */
    public static ProcessPool start(int workers, String function, Timeline timeline) {
        if (workers < 1 || workers > 64) {
            throw new IllegalArgumentException("workers must be between 1 and 64, was " + workers);
        }
        Objects.requireNonNull(function, "function");
        if (!function.matches("[\\w.$]+#\\w+")) {
            throw new IllegalArgumentException("function must look like com.example.Tasks#square, was " + function);
        }
        List<WorkerProcess> started = new ArrayList<>();
        try {
            for (int i = 0; i < workers; i++) {
                started.add(WorkerProcess.start(function));
            }
        } catch (IOException e) {
            started.forEach(WorkerProcess::stop);
            throw new UncheckedIOException("could not start a pool worker: " + e.getMessage(), e);
        }
        return new ProcessPool(function, List.copyOf(started), timeline);
    }

    /** The process ids of the workers. */
    public List<Long> pids() {
        return workers.stream().map(w -> w.process().pid()).toList();
    }

    /** The function the workers apply. */
    public String function() {
        return function;
    }

    /**
     * Applies the function to every input in the workers and returns the results in input order.
     *
     * @throws IllegalStateException if the pool is closed, or the function threw in a worker or a worker
     *                               died (the message says which input and why); the pool is closed then
     * @throws CancellationException if this thread is interrupted: the pool is closed (its workers
     *                               killed) and the interrupt flag set again
     */
    public synchronized List<String> map(List<String> inputs) {
        if (closed) {
            throw new IllegalStateException("this ProcessPool is closed (by close(), a failed task or an interrupt);"
                    + " start a new one");
        }
        List<String> tasks = List.copyOf(inputs);
        String[] results = new String[tasks.size()];
        var next = new LinkedBlockingQueue<Integer>();
        for (int i = 0; i < tasks.size(); i++) {
            next.add(i);
        }
        List<Future<?>> running = new ArrayList<>();
        for (WorkerProcess worker : workers) {
            running.add(coordinators.submit(() -> {
                for (Integer i = next.poll(); i != null; i = next.poll()) {
                    long start = timeline == null ? 0 : timeline.now();
                    results[i] = worker.apply(tasks.get(i), i);
                    if (timeline != null) {
                        timeline.recordProcess(label(tasks.get(i)), worker.process().pid(), start, timeline.now());
                    }
                }
                return null;
            }));
        }
        try {
            for (Future<?> f : running) {
                f.get();
            }
        } catch (InterruptedException e) {
            close();
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while mapping; the pool's workers were stopped");
        } catch (ExecutionException e) {
            close();
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
        return Arrays.asList(results);
    }

    /**
     * A task's name on the timeline: its input, as the results name it ({@code a} for {@code a @ pid 4711}),
     * shortened in the middle past {@value #LABEL} characters ({@code fetch http:…41234/page-1}), one line.
     */
    static String label(String input) {
        String line = Text.visible(input);
        if (line.length() <= LABEL) {
            return line;
        }
        int tail = LABEL / 2;
        return line.substring(0, LABEL - tail - 1) + "…" + line.substring(line.length() - tail);
    }

    /** Closes the workers' stdin so they exit, killing any that does not within 2 s, with its children. */
    @Override
    public void close() {
        closed = true;
        workers.forEach(WorkerProcess::stop);
        coordinators.shutdownNow();
    }

    /** One worker child JVM and its pipes; used by one coordinator thread at a time. */
    private record WorkerProcess(Process process, Writer in, BufferedReader out, StringBuilder stderr,
            Thread stderrReader) {

        static WorkerProcess start(String function) throws IOException {
            Process p = Children.start(new ProcessBuilder(Children.java(), "-cp",
                    System.getProperty("java.class.path"), Worker.class.getName(), function));
            ToolkitOwned.process(p); // the pool's, not the learner's: no "still running" warning for it
            var stderr = new StringBuilder();
            Thread reader = Thread.ofVirtual().name("pool-worker-stderr").unstarted(() -> {
                try (var r = p.errorReader(StandardCharsets.UTF_8)) {
                    r.lines().forEach(line -> {
                        synchronized (stderr) {
                            stderr.append(line).append('\n');
                            stderr.delete(0, Math.max(0, stderr.length() - 4000));
                        }
                    });
                } catch (IOException | UncheckedIOException e) {
                    // The worker is gone; what it printed so far is kept.
                }
            });
            ToolkitOwned.thread(reader);
            reader.start();
            return new WorkerProcess(p, p.outputWriter(StandardCharsets.UTF_8),
                    p.inputReader(StandardCharsets.UTF_8), stderr, reader);
        }

        String apply(String input, int index) {
            String reply;
            try {
                in.write(Worker.escape(input) + "\n");
                in.flush();
                reply = out.readLine();
            } catch (IOException e) {
                reply = null; // a broken pipe: the worker is gone, explained below
            }
            if (reply == null) {
                try { // let its last words reach the stderr buffer
                    process.waitFor(2, java.util.concurrent.TimeUnit.SECONDS);
                    stderrReader.join(Duration.ofSeconds(2));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                String why;
                synchronized (stderr) {
                    why = stderr.toString().strip();
                }
                throw new IllegalStateException("worker pid " + process.pid() + " exited during task " + index
                        + (why.isEmpty() ? "" : ":\n" + why));
            }
            if (reply.startsWith("err ")) {
                throw new IllegalStateException("task " + index + " (input \"" + Text.truncate(input, 60)
                        + "\") failed in worker pid " + process.pid() + ": " + Worker.unescape(reply.substring(4)));
            }
            return Worker.unescape(reply.substring(3));
        }

        void stop() {
            try {
                in.close();
            } catch (IOException e) {
                // Already closed or the worker is gone; the kill below still applies.
            }
            try {
                if (!process.waitFor(2, java.util.concurrent.TimeUnit.SECONDS)) {
                    Children.destroyTree(process, Duration.ofSeconds(2));
                }
            } catch (InterruptedException e) {
                Children.destroyTree(process, Duration.ofSeconds(1));
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * The main class of a pool worker: {@code java -cp … ProcessPool$Worker com.example.Tasks#square}.
     *
     * <pre>{@code
     * // stdin, one task per line          stdout, one reply per line
     * 7                                    ok 49
     * x                                    err NumberFormatException: For input string: "x"
     * }</pre>
     *
     * <p>Inputs and results are escaped so each fits on one line ({@code \\}, {@code \n}, {@code \r}).
     * What the function prints goes to stderr, so it cannot garble the replies. The worker exits when
     * its stdin closes, which also happens when the parent JVM dies. It also offers {@link #describe}
     * for lessons and tests.
     */
    public static final class Worker {

        private Worker() {
        }

        /** Runs the worker loop for the function named in {@code args[0]}. */
        public static void main(String[] args) throws Exception {
            PrintStream replies = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true,
                    StandardCharsets.UTF_8);
            System.setOut(System.err);
            String[] parts = args[0].split("#", 2);
            var method = Class.forName(parts[0]).getMethod(parts[1], String.class);
            var in = new BufferedReader(new java.io.InputStreamReader(System.in, StandardCharsets.UTF_8));
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                try {
                    replies.println("ok " + escape(String.valueOf(method.invoke(null, unescape(line)))));
                } catch (java.lang.reflect.InvocationTargetException e) {
                    Throwable cause = e.getCause();
                    replies.println("err " + escape(cause.getClass().getSimpleName() + ": " + cause.getMessage()));
                }
            }
        }

        /** Returns {@code input @ pid N}: which process handled it. */
        public static String describe(String input) {
            return input + " @ pid " + ProcessHandle.current().pid();
        }

        static String escape(String s) {
            return s.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
        }

        static String unescape(String s) {
            StringBuilder b = new StringBuilder(s.length());
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '\\' && i + 1 < s.length()) {
                    char n = s.charAt(++i);
                    b.append(n == 'n' ? '\n' : n == 'r' ? '\r' : n);
                } else {
                    b.append(c);
                }
            }
            return b.toString();
        }
    }
}
