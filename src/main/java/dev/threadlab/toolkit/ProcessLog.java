package dev.threadlab.toolkit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The {@link ProcessProbe}'s side of its programs: a loopback server that each {@link ProbeChild} connects to,
 * proving who it is (the process that owns the connection, started with the arguments handed out, below this
 * JVM), then reporting what happens to it into its {@link ProgramRun}; and the gate that programs made with
 * {@code together()} wait at, which counts how many run at once. A connection that cannot prove who it is
 * is closed, and so is every connection when the log closes, which ends every program at once.
 *
 * <p>The gate lets its programs go when as many as it expects are waiting, or when none arrived for a
 * while and no other program of the probe is starting; then it lets them go one at a time, the one made
 * last first, each once the one before it has finished, so that programs that run at once finish in the
 * reverse of the order they were made in (the commands' order), whichever process started first.
 * Thread-safe.
 */
final class ProcessLog implements AutoCloseable {

    /**
     * How long the gate waits for one more program when none is starting. 1 s was once too short in a full build:
     * lesson 05's own runAll (a pool of two threads, the first check in a fresh kernel at 8 processors, three
     * lessons' kernels beside it) had its second program start more than 1 s after the first arrived, so the gate
     * let the first go alone and a right answer lost 3 points. An answer that starts one program at a time waits
     * this long at the gate per program, and is judged the same.
     */
    static final Duration GATE_SETTLE = Duration.ofSeconds(2);
    /** How long a released program may take to finish before the next one is let go anyway. */
    private static final Duration RELEASE_STEP = Duration.ofSeconds(2);

    private final ProcessView view;
    private final ServerSocket server;
    private final Thread acceptor;
    private final Map<String, ProgramRun> byToken = new ConcurrentHashMap<>();
    private final List<ProgramRun> runs = new CopyOnWriteArrayList<>();
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private final List<Thread> readers = new CopyOnWriteArrayList<>();
    private final List<String> refused = new CopyOnWriteArrayList<>();
    private final Map<ProgramRun, Writer> links = new ConcurrentHashMap<>();
    private final Deque<ProgramRun> releasing = new ArrayDeque<>();
    private int atOnce;
    private ProgramRun lastReleased;
    private long lastArrival;
    private int peakTogether;
    private int peakRunning;
    private int peakAtGate;
    private long pings;
    private volatile boolean closed;

    ProcessLog(ProcessView view) {
        this.view = view;
        try {
            server = new ServerSocket(0, 64, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("a ProcessProbe could not open its loopback port", e);
        }
        acceptor = Thread.ofPlatform().daemon().name("threadlab-process-probe").start(this::accept);
    }

    int port() {
        return server.getLocalPort();
    }

    /** Expects {@code atOnce} programs at the gate at a time (0: every gated program at once). */
    synchronized void atOnce(int atOnce) {
        this.atOnce = atOnce;
    }

    ProgramRun register(ProbeProgram program) {
        ProgramRun run = new ProgramRun(program);
        byToken.put(program.token(), run);
        runs.add(run);
        return run;
    }

    List<ProgramRun> runs() {
        return List.copyOf(runs);
    }

    /** Connections refused, and why, for the feedback. */
    List<String> refused() {
        return List.copyOf(refused);
    }

    synchronized int peakTogether() {
        return peakTogether;
    }

    synchronized int peakRunning() {
        return peakRunning;
    }

    /**
     * The most programs at work (said hello and not lingering, or started and about to say hello) seen when the
     * gate let programs go: unlike {@link #peakRunning()}, it leaves out programs that closed their output and
     * run on, so more than the bound here means the answer started them all at once.
     */
    synchronized int peakAtGate() {
        return peakAtGate;
    }

    private void accept() {
        while (!closed) {
            try {
                Socket socket = server.accept();
                sockets.add(socket);
                readers.add(Thread.ofPlatform().daemon().name("threadlab-process-probe-link").start(() -> serve(socket)));
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private void serve(Socket socket) {
        ProgramRun run = null;
        boolean helper = false;
        try (socket; var in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8))) {
            socket.setTcpNoDelay(true);
            for (String line = in.readLine(); line != null && !closed; line = in.readLine()) {
                long now = System.nanoTime();
                if (run == null) {
                    String[] hello = line.split(" ");
                    String token = hello.length == 3 && hello[0].equals("hello") ? hello[1] : "";
                    helper = token.endsWith("h");
                    run = byToken.get(helper ? token.substring(0, token.length() - 1) : token);
                    long pid = parsePid(hello);
                    String why = run == null ? "it named no program of this probe" : refusal(run, helper, token, pid, socket);
                    if (why != null) {
                        refused.add("a connection claiming to be " + (run == null ? "a program" : "the program " + run.name())
                                + " (pid " + pid + ") was refused: " + why);
                        run = null;
                        return;
                    }
                    hello(run, helper, pid, socket, now);
                } else if (!helper) {
                    event(run, line, now);
                }
            }
        } catch (IOException e) {
            // the program ended or was killed: its end is seen through the process itself
        } finally {
            if (run != null && !helper) {
                run.linkClosed();
            }
        }
    }

    private static long parsePid(String[] hello) {
        try {
            return hello.length == 3 ? Long.parseLong(hello[2]) : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Why a hello from {@code pid} is not to be believed, or null. */
    private String refusal(ProgramRun run, boolean helper, String token, long pid, Socket socket) {
        if (pid <= 0) {
            return "it gave no process id";
        }
        if (view.owns(pid, socket).orElse(true) == Boolean.FALSE) {
            return "the connection does not come from process " + pid;
        }
        Optional<List<String>> args = view.arguments(pid);
        List<String> expected = expectedArguments(run.program(), helper, token);
        if (args.isPresent() && !args.get().isEmpty() && !args.get().equals(expected)) {
            return "it was started with other arguments than the command handed out (" + String.join(" ", args.get()) + ")";
        }
        if (!helper && !view.descendants().containsKey(pid)) {
            return "process " + pid + " was not started by this notebook";
        }
        return null;
    }

    private List<String> expectedArguments(ProbeProgram program, boolean helper, String token) {
        List<String> command = commandFor(program.token());
        if (!helper) {
            return command.subList(1, command.size());
        }
        List<String> args = new ArrayList<>(command.subList(1, command.size() - 1));
        args.add(token);
        args.add("hang");
        return args;
    }

    /**
     * {@code java}, the program JVM's options, the class path, {@link ProbeChild}, the port and the token. Not the
     * steps: the program is told them when it says hello, so that its command line gives away nothing of what it
     * will print, how it will end or which number it thinks of (an answer could read them there instead of
     * talking to the program).
     */
    List<String> commandFor(String token) {
        List<String> command = new ArrayList<>();
        command.add(Children.java());
        command.addAll(ProbeProgram.jvmOptions());
        command.addAll(List.of("-cp", ProbeProgram.classPath(), ProbeChild.class.getName(), Integer.toString(port()), token));
        return command;
    }

    /**
     * Takes in a program (or helper) that proved who it is, then tells a program its steps, a {@code step} line
     * each, and {@code welcome}: it waits for that before its first step, so that it is known (its pid, its start) before it does anything the learner's
     * code could see, however late this thread gets to run.
     */
    private void hello(ProgramRun run, boolean helper, long pid, Socket socket, long now) throws IOException {
        Writer out = new java.io.OutputStreamWriter(socket.getOutputStream(), StandardCharsets.UTF_8);
        if (helper) {
            run.helper(pid);
            view.onExit(pid).thenRun(() -> run.helperEnded(System.nanoTime()));
            write(out, "welcome");
            return;
        }
        links.put(run, out);
        run.started(pid, now);
        view.onExit(pid).thenRun(() -> {
            run.ended(System.nanoTime());
            tick(System.nanoTime());
        });
        synchronized (this) {
            peakRunning = Math.max(peakRunning, running());
        }
        StringBuilder steps = new StringBuilder();
        run.program().steps().forEach(step -> steps.append("step ").append(step).append('\n'));
        write(out, steps + "welcome");
    }

    /**
     * Waits until every report the started programs sent so far has been read (bounded by {@code patience}):
     * each one still running answers a {@code ping} after its earlier reports; for each one that is gone, its
     * connection closes and its end is seen. The reports travel on threads of their own, so without this a
     * program's last lines, its end of input or its exit could be read only after a check has judged.
     */
    void settle(Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        long ping;
        synchronized (this) {
            ping = ++pings;
        }
        List<ProgramRun> started = runs.stream().filter(ProgramRun::wasStarted).toList();
        List<ProgramRun> gone = new ArrayList<>();
        for (ProgramRun run : started) {
            if (run.pids().stream().anyMatch(view::alive)) {
                send(run, "ping " + ping);
            } else {
                gone.add(run);
            }
        }
        try {
            for (ProgramRun run : started) {
                if (!run.awaitReports(ping, gone.contains(run), deadline)) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void event(ProgramRun run, String line, long now) {
        int space = line.indexOf(' ');
        String kind = space < 0 ? line : line.substring(0, space);
        String rest = space < 0 ? "" : line.substring(space + 1);
        switch (kind) {
            case "gate" -> {
                run.arrived(now);
                synchronized (this) {
                    lastArrival = now;
                }
                tick(now);
            }
            case "wrote", "stuck" -> {
                String[] parts = rest.split(" ");
                run.stream(kind, parts[0], Long.parseLong(parts[1]), now);
            }
            case "moving" -> run.stream(kind, rest, 0, now);
            case "hungry" -> run.hungry(now);
            case "line" -> run.line(ProbeProgram.unescape(rest));
            case "eof" -> run.eof();
            case "helper" -> {
                long pid = Long.parseLong(rest);
                run.helper(pid);
                view.onExit(pid).thenRun(() -> run.helperEnded(System.nanoTime()));
            }
            case "hanging" -> run.hanging();
            case "stopping" -> run.stopping();
            case "lingering" -> run.lingering(now);
            case "pong" -> run.pong(Long.parseLong(rest));
            case "exit" -> {
                run.exitReported(Integer.parseInt(rest));
                tick(now);
            }
            default -> { } // a newer program's report: nothing to do with it here
        }
    }

    /** The gate's decisions at {@code now}: whom to let go, and the next of those being let go one by one. */
    synchronized void tick(long now) {
        // in the order they were made: the release order does not depend on which process started first
        List<ProgramRun> waiting = runs.stream().filter(ProgramRun::waitingAtGate).filter(r -> !releasing.contains(r))
                .toList();
        if (!waiting.isEmpty()) {
            long notArrived = runs.stream().filter(r -> r.program().waitsAtGate() && r.arrivedAt() == 0).count();
            int target = atOnce > 0 ? atOnce : (int) runs.stream().filter(r -> r.program().waitsAtGate()).count();
            boolean full = waiting.size() >= target || notArrived == 0;
            if (full || now - lastArrival >= GATE_SETTLE.toNanos() && startingNow() == 0) {
                int starting = startingNow();
                peakRunning = Math.max(peakRunning, running() + starting);
                peakAtGate = Math.max(peakAtGate, (int) runs.stream().filter(r -> r.atWork(now)).count() + starting);
                peakTogether = Math.max(peakTogether, waiting.size());
                waiting.reversed().forEach(releasing::addLast);
            }
        }
        // the next goes once the last has exited, not when it closed its output: the learner's thread that read
        // that output to its end must have its turn first, or a list filled in finishing order can come out in
        // command order by chance (lesson 05's check missed it once, at 8 processors in a full build)
        while (!releasing.isEmpty() && (lastReleased == null || lastReleased.exitReported() != null
                || lastReleased.hasEnded()
                || now - lastReleased.releasedAt() >= RELEASE_STEP.toNanos())) {
            lastReleased = releasing.removeFirst();
            lastReleased.released(now);
            send(lastReleased, "go");
        }
    }

    /** How many programs are running their steps now. */
    private int running() {
        return (int) runs.stream().filter(ProgramRun::running).count();
    }

    /**
     * Notes each of the probe's programs running as a process that has not said hello yet as launched: the
     * answer started it, whatever it does to the process before the program can report (see
     * {@link ProgramRun#launched}).
     */
    void seeLaunches() {
        Map<String, ProgramRun> unseen = new HashMap<>();
        runs.stream().filter(r -> !r.wasLaunched()).forEach(r -> unseen.put(r.program().token(), r));
        if (unseen.isEmpty()) {
            return;
        }
        view.descendants().forEach((pid, args) -> args.stream().filter(unseen::containsKey).findFirst()
                .ifPresent(token -> unseen.get(token).launched(pid)));
    }

    /** How many of the probe's programs have been started as processes but have not said hello yet. */
    private int startingNow() {
        Map<String, ProgramRun> unseen = new HashMap<>();
        runs.stream().filter(r -> !r.wasStarted()).forEach(r -> unseen.put(r.program().token(), r));
        if (unseen.isEmpty()) {
            return 0;
        }
        return (int) view.descendants().values().stream().filter(args -> args.stream().anyMatch(unseen::containsKey))
                .count();
    }

    private void send(ProgramRun run, String line) {
        Writer out = links.get(run);
        if (out != null) {
            write(out, line);
        }
    }

    private static void write(Writer out, String line) {
        try {
            synchronized (out) {
                out.write(line + "\n");
                out.flush();
            }
        } catch (IOException e) {
            // the program is gone; its end is seen through the process
        }
    }

    /** Kills {@code run}'s processes and its helper. */
    void kill(ProgramRun run) {
        run.killedByProbe();
        run.pids().forEach(view::kill);
        Long helper = run.helperPid();
        if (helper != null) {
            view.kill(helper);
        }
    }

    /** The processes of every program and helper still alive, with what each is. */
    Map<Long, String> alive() {
        Map<Long, String> alive = new java.util.LinkedHashMap<>();
        for (ProgramRun run : runs) {
            run.pids().stream().filter(view::alive).forEach(pid -> alive.put(pid, "the program " + run.name()));
            Long helper = run.helperPid();
            if (helper != null && view.alive(helper)) {
                alive.put(helper, "the helper that the program " + run.name() + " started");
            }
        }
        return alive;
    }

    ProcessView view() {
        return view;
    }

    /** Closes every connection (which ends every program at once), kills what is left, and waits for it (bounded). */
    @Override
    public void close() {
        closed = true;
        try {
            server.close();
        } catch (IOException e) {
            // closing anyway
        }
        for (Socket socket : sockets) {
            try {
                socket.close();
            } catch (IOException e) {
                // closing anyway
            }
        }
        Map<Long, String> alive = alive();
        alive.keySet().forEach(view::kill);
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        for (long pid : alive.keySet()) {
            if (!awaitGone(pid, deadline)) {
                break;
            }
        }
        joinQuietly(acceptor);
        readers.forEach(ProcessLog::joinQuietly);
    }

    /** Waits until process {@code pid} is gone (zombies count as gone), at most until {@code deadline} (nanoTime). */
    boolean awaitGone(long pid, long deadline) {
        while (view.alive(pid)) {
            if (System.nanoTime() - deadline >= 0) {
                return false;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return !view.alive(pid);
            }
        }
        return true;
    }

    private static void joinQuietly(Thread thread) {
        try {
            thread.join(Duration.ofSeconds(2));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
