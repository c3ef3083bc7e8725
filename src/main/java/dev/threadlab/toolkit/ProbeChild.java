package dev.threadlab.toolkit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.Writer;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntConsumer;

/**
 * The program a {@link ProcessProbe} hands to the learner's code: a child JVM that does what its steps say
 * (print, fail, hang, start a helper, wait at a gate, play a guessing game on its pipes) and tells the probe
 * over a loopback connection what happened to it: bytes written, a write blocked on a full pipe, input
 * waited for, lines received, its exit. It ends at once when that connection closes, so no program outlives
 * its probe.
 *
 * <pre>{@code
 * java -cp threadlab-engine.jar dev.threadlab.toolkit.ProbeChild PORT TOKEN
 * }</pre>
 *
 * <p>Steps run in order; {@link ProbeProgram} writes them, and the probe tells them to the program when it says
 * hello, after any on its command line (a helper's {@code hang}): a command line that held them would tell an
 * answer what the program prints and how it ends without running it. One instance per process; {@link #run()} on the
 * main thread, reporters on daemon threads.
 */
final class ProbeChild {

    /** How long a write may make no progress, or input be waited for, before the probe is told. */
    static final Duration STILL = Duration.ofMillis(250);
    private static final int CHUNK = 4096;

    private final Link link;
    private final List<String> steps;
    private final InputStream stdin;
    private final OutputStream stdout;
    private final OutputStream stderr;
    private final IntConsumer exit;
    private final List<String> helperCommand;

    ProbeChild(Link link, List<String> steps, InputStream stdin, OutputStream stdout, OutputStream stderr,
            IntConsumer exit, List<String> helperCommand) {
        this.link = link;
        this.steps = List.copyOf(steps);
        this.stdin = stdin;
        this.stdout = stdout;
        this.stderr = stderr;
        this.exit = exit;
        this.helperCommand = helperCommand;
    }

    /** {@code PORT TOKEN [STEP...]}: connects to the probe, then runs the steps, those of the command line first. */
    public static void main(String[] args) throws Exception {
        PrintStream err = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true,
                StandardCharsets.UTF_8);
        if (args.length < 2) {
            err.println("This program is run by a Threadlab check (ProcessProbe); it needs PORT TOKEN STEP...");
            System.exit(2);
        }
        Link link;
        try {
            link = Link.connect(Integer.parseInt(args[0]), args[1]);
        } catch (IOException | RuntimeException | InterruptedException e) {
            err.println("This program belongs to a Threadlab check that has ended (" + e.getMessage() + ").");
            System.exit(99);
            return;
        }
        List<String> helper = new ArrayList<>();
        helper.add(ProcessHandle.current().info().command().orElse("java"));
        helper.addAll(ProbeProgram.jvmOptions());
        helper.addAll(List.of("-cp", System.getProperty("java.class.path"), ProbeChild.class.getName(), args[0],
                args[1] + "h", "hang"));
        List<String> steps = new ArrayList<>(List.of(args).subList(2, args.length));
        steps.addAll(link.steps());
        var child = new ProbeChild(link, steps,
                System.in, new java.io.FileOutputStream(java.io.FileDescriptor.out),
                new java.io.FileOutputStream(java.io.FileDescriptor.err), System::exit, helper);
        child.run();
    }

    /** Runs every step; a program that does not exit or hang ends with code 0. */
    void run() throws IOException, InterruptedException {
        for (String step : steps) {
            int colon = step.indexOf(':');
            String name = colon < 0 ? step : step.substring(0, colon);
            String arg = colon < 0 ? "" : step.substring(colon + 1);
            switch (name) {
                case "gate" -> link.gate();
                case "out" -> write(stdout, "out", Integer.parseInt(arg));
                case "err" -> write(stderr, "err", Integer.parseInt(arg));
                case "say" -> text(stdout, "out", ProbeProgram.unescape(arg) + "\n");
                case "warn" -> text(stderr, "err", ProbeProgram.unescape(arg) + "\n");
                case "helper" -> startHelper();
                case "hook" -> slowToStop(Duration.ofMillis(Long.parseLong(arg)));
                case "linger" -> linger(Duration.ofMillis(Long.parseLong(arg)));
                case "game" -> game(Integer.parseInt(arg));
                case "hang" -> hang();
                case "exit" -> {
                    end(Integer.parseInt(arg));
                    return;
                }
                default -> throw new IllegalArgumentException("unknown step " + step);
            }
        }
        end(0);
    }

    /** Writes {@code bytes} of numbered text lines, telling the probe when a write stays blocked. */
    private void write(OutputStream out, String stream, int bytes) throws IOException {
        byte[] all = ProbeProgram.text(stream, bytes).getBytes(StandardCharsets.UTF_8);
        AtomicLong written = new AtomicLong();
        try (var watch = StillWatch.start(() -> written.get(), n -> link.send("stuck " + stream + " " + n),
                () -> link.send("moving " + stream))) {
            for (int i = 0; i < all.length; i += CHUNK) {
                int n = Math.min(CHUNK, all.length - i);
                out.write(all, i, n);
                out.flush();
                written.addAndGet(n);
            }
        }
        link.send("wrote " + stream + " " + written.get());
    }

    private void text(OutputStream out, String stream, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.write(bytes);
        out.flush();
        link.send("wrote " + stream + " " + bytes.length);
    }

    /** Starts a helper program of its own that hangs until killed, and tells the probe its pid. */
    private void startHelper() throws IOException {
        Process helper = new ProcessBuilder(helperCommand).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        link.send("helper " + helper.pid());
    }

    /** A shutdown hook that takes {@code time}: a program that needs a while to stop when asked to. */
    private void slowToStop(Duration time) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            link.send("stopping");
            try {
                Thread.sleep(time);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
    }

    /** Closes stdout and stderr, then waits {@code time} before going on: its output ends before it exits. */
    private void linger(Duration time) throws IOException, InterruptedException {
        link.send("lingering");
        stdout.close();
        stderr.close();
        Thread.sleep(time);
    }

    /** Sleeps until the process is killed (or its probe goes away). */
    private void hang() throws InterruptedException {
        link.send("hanging");
        new CountDownLatch(1).await();
    }

    /**
     * Higher or lower: one guess per line on stdin, one reply per line on stdout ({@code higher}, {@code lower},
     * {@code correct}, or {@code what?}); after {@code correct} it waits for its input to close, then exits 0. A
     * guesser that never stops (the same guess again and again, replies compared with {@code ==}) is answered
     * {@value ProbeProgram#MOST_GUESSES} times; then stdout is closed, so that its {@code readLine()} returns null
     * and the check can say so, instead of a conversation that lasts until the cell's time limit.
     */
    private void game(int secret) throws IOException {
        var in = new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8));
        Writer out = new java.io.OutputStreamWriter(stdout, StandardCharsets.UTF_8);
        boolean found = false;
        int guesses = 0;
        while (true) {
            String line;
            try (var watch = StillWatch.start(() -> 0, n -> link.send("hungry"), () -> { })) {
                line = in.readLine();
            }
            if (line == null) {
                link.send("eof");
                break;
            }
            link.send("line " + ProbeProgram.escape(line));
            if (++guesses > ProbeProgram.MOST_GUESSES) {
                continue; // stdout is closed: read on until the input ends
            }
            String reply;
            try {
                int guess = Integer.parseInt(line.strip());
                reply = found ? "done" : guess < secret ? "higher" : guess > secret ? "lower" : "correct";
                found |= guess == secret;
            } catch (NumberFormatException e) {
                reply = "what?";
            }
            out.write(reply + "\n");
            out.flush();
            if (guesses == ProbeProgram.MOST_GUESSES) {
                out.close();
            }
        }
    }

    private void end(int code) {
        try {
            stdout.flush();
            stderr.flush();
        } catch (IOException e) {
            // A closed pipe: the reader went away, which is its business.
        }
        link.send("exit " + code);
        exit.accept(code);
    }

    /**
     * Calls {@code still} with the progress when {@code progress} has not changed for {@link #STILL}, and
     * {@code moving} when it changes again; a daemon thread until closed.
     */
    private static final class StillWatch implements AutoCloseable {
        private final Thread thread;
        private volatile boolean closed;

        private StillWatch(java.util.function.LongSupplier progress, java.util.function.LongConsumer still,
                Runnable moving) {
            thread = Thread.ofPlatform().daemon().name("probe-child-watch").unstarted(() -> {
                long last = progress.getAsLong();
                long since = System.nanoTime();
                boolean told = false;
                while (!closed) {
                    try {
                        Thread.sleep(50);
                    } catch (InterruptedException e) {
                        return;
                    }
                    long now = progress.getAsLong();
                    if (now != last) {
                        last = now;
                        since = System.nanoTime();
                        if (told) {
                            moving.run();
                            told = false;
                        }
                    } else if (!told && !closed && System.nanoTime() - since >= STILL.toNanos()) {
                        still.accept(now);
                        told = true;
                    }
                }
            });
        }

        static StillWatch start(java.util.function.LongSupplier progress, java.util.function.LongConsumer still,
                Runnable moving) {
            StillWatch watch = new StillWatch(progress, still, moving);
            watch.thread.start();
            return watch;
        }

        @Override
        public void close() {
            closed = true;
            thread.interrupt();
        }
    }

    /**
     * The connection to the probe: one line per event out; in, {@code welcome} (the probe knows who it is),
     * {@code go} (leave the gate) and {@code ping N} (answered {@code pong N} after every report sent
     * before). When it closes the program ends at once ({@code Runtime.halt}), hooks and all.
     */
    static final class Link {
        private final Writer out;
        private final CountDownLatch welcome = new CountDownLatch(1);
        private final CountDownLatch go = new CountDownLatch(1);
        private final List<String> steps = java.util.Collections.synchronizedList(new ArrayList<>());
        private final Runnable lost;

        Link(Writer out, BufferedReader in, Runnable lost) {
            this.out = out;
            this.lost = lost;
            Thread.ofPlatform().daemon().name("probe-child-link").start(() -> {
                try {
                    for (String line = in.readLine(); line != null; line = in.readLine()) {
                        if (line.startsWith("step ")) {
                            steps.add(line.substring("step ".length()));
                        } else if (line.equals("welcome")) {
                            welcome.countDown();
                        } else if (line.equals("go")) {
                            go.countDown();
                        } else if (line.startsWith("ping ")) {
                            send("pong " + line.substring("ping ".length()));
                        }
                    }
                } catch (IOException e) {
                    // the probe is gone: same as an end of stream
                }
                lost.run();
            });
        }

        /**
         * Connects to the probe at {@code port} on the loopback address, says who it is, and waits until the
         * probe has taken that in (a probe that refuses it closes the connection, which ends the program).
         */
        static Link connect(int port, String token) throws IOException, InterruptedException {
            return connect(port, token, ProcessHandle.current().pid(), () -> Runtime.getRuntime().halt(98));
        }

        /** {@link #connect(int, String)} as process {@code pid}, running {@code lost} when the connection ends. */
        static Link connect(int port, String token, long pid, Runnable lost) throws IOException, InterruptedException {
            Socket socket = new Socket(InetAddress.getLoopbackAddress(), port);
            socket.setTcpNoDelay(true);
            var writer = new java.io.OutputStreamWriter(socket.getOutputStream(), StandardCharsets.UTF_8);
            var reader = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            Link link = new Link(writer, reader, lost);
            link.send("hello " + token + " " + pid);
            link.welcome.await();
            return link;
        }

        /** The steps the probe told, in order: complete once {@link #connect} has returned. */
        List<String> steps() {
            return List.copyOf(steps);
        }

        /** Sends one line; a probe that went away ends the program through the reader. */
        synchronized void send(String line) {
            try {
                out.write(line + "\n");
                out.flush();
            } catch (IOException e) {
                lost.run();
            }
        }

        /** Arrives at the probe's gate and waits until the probe lets it go. */
        void gate() throws InterruptedException {
            send("gate");
            go.await();
        }
    }
}
