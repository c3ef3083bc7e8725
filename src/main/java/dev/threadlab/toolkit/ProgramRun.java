package dev.threadlab.toolkit;

import java.util.ArrayList;
import java.util.List;

/**
 * What happened to one {@link ProbeProgram} while the learner's code ran it, as its reports and the
 * operating system told the {@link ProcessProbe}: when it started (its pid), when it arrived at the gate and
 * was let go, how much it wrote on each stream and whether a write stayed blocked (a full pipe), whether it
 * waited for input, the lines it received, its helper, how it ended. Thread-safe: written by the probe's
 * connection threads, read by its watch and its assertions.
 */
final class ProgramRun {

    /** One stream of the program: bytes written, and since when a write has been blocked (0 when not). */
    private static final class Stream {
        long written;
        long stuckSince;
        boolean done;
    }

    private final ProbeProgram program;
    private final List<Long> pids = new ArrayList<>();
    private Long launchedPid;
    private final Stream out = new Stream();
    private final Stream err = new Stream();
    private final List<String> lines = new ArrayList<>();
    private long startedAt;
    private long arrivedAt;
    private long releasedAt;
    private long hungrySince;
    private boolean eof;
    private boolean hanging;
    private boolean stopping;
    private boolean lingering;
    private long lingeringSince;
    private Integer exitReported;
    private long endedAt;
    private Long helperPid;
    private long helperEndedAt;
    private boolean killedByProbe;
    private boolean linkClosed;
    private long pongs;

    ProgramRun(ProbeProgram program) {
        this.program = program;
    }

    ProbeProgram program() {
        return program;
    }

    String name() {
        return program.name();
    }

    /** It said hello as process {@code pid} at {@code now}; answers whether it is the first start. */
    synchronized boolean started(long pid, long now) {
        pids.add(pid);
        if (pids.size() == 1) {
            startedAt = now;
            return true;
        }
        return false;
    }

    synchronized Long pid() {
        return pids.isEmpty() ? null : pids.getFirst();
    }

    synchronized List<Long> pids() {
        return List.copyOf(pids);
    }

    synchronized boolean wasStarted() {
        return !pids.isEmpty();
    }

    /**
     * It was seen running as process {@code pid} before it said hello: on a busy machine a program's JVM can
     * take longer to start than the limit an answer gives it, and the answer may stop it before it reports.
     */
    synchronized void launched(long pid) {
        if (launchedPid == null) {
            launchedPid = pid;
        }
    }

    /** Whether the answer started it as a process: it said hello, or it was seen running before it could. */
    synchronized boolean wasLaunched() {
        return !pids.isEmpty() || launchedPid != null;
    }

    synchronized long startedAt() {
        return startedAt;
    }

    synchronized void arrived(long now) {
        arrivedAt = now;
    }

    synchronized boolean waitingAtGate() {
        return arrivedAt != 0 && releasedAt == 0;
    }

    synchronized long arrivedAt() {
        return arrivedAt;
    }

    synchronized void released(long now) {
        releasedAt = now;
    }

    synchronized long releasedAt() {
        return releasedAt;
    }

    /** A report line about one of its streams: {@code wrote}, {@code stuck} or {@code moving}. */
    synchronized void stream(String event, String name, long bytes, long now) {
        Stream s = name.equals("err") ? err : out;
        switch (event) {
            case "wrote" -> {
                s.written += bytes;
                s.done = true;
                s.stuckSince = 0;
            }
            case "stuck" -> {
                s.written = Math.max(s.written, bytes);
                s.stuckSince = now;
            }
            case "moving" -> s.stuckSince = 0;
            default -> throw new IllegalArgumentException("unknown stream event " + event);
        }
    }

    /** The stream ("out" or "err") blocked on a full pipe since the earliest time, or null. */
    synchronized String stuckStream() {
        if (out.stuckSince != 0 && (err.stuckSince == 0 || out.stuckSince <= err.stuckSince)) {
            return "out";
        }
        return err.stuckSince != 0 ? "err" : null;
    }

    synchronized long stuckSince() {
        String s = stuckStream();
        return s == null ? 0 : (s.equals("out") ? out : err).stuckSince;
    }

    synchronized long written(String stream) {
        return (stream.equals("err") ? err : out).written;
    }

    synchronized void hungry(long now) {
        if (hungrySince == 0) {
            hungrySince = now;
        }
    }

    synchronized long hungrySince() {
        return hungrySince;
    }

    synchronized void line(String line) {
        lines.add(line);
        hungrySince = 0;
    }

    synchronized List<String> lines() {
        return List.copyOf(lines);
    }

    synchronized void eof() {
        eof = true;
        hungrySince = 0;
    }

    synchronized boolean sawEndOfInput() {
        return eof;
    }

    synchronized void hanging() {
        hanging = true;
    }

    synchronized boolean isHanging() {
        return hanging;
    }

    synchronized void stopping() {
        stopping = true;
    }

    /** Whether it was asked to stop politely ({@code destroy()}, SIGTERM) and ran its slow shutdown. */
    synchronized boolean wasAskedToStop() {
        return stopping;
    }

    synchronized void lingering(long now) {
        lingering = true;
        if (lingeringSince == 0) {
            lingeringSince = now;
        }
    }

    /**
     * Whether, at {@code now}, it had started and was still at work: not ended, and not yet lingering (its
     * output closed, running on before it exits).
     */
    synchronized boolean atWork(long now) {
        return startedAt != 0 && startedAt <= now && (endedAt == 0 || endedAt > now)
                && (!lingering || lingeringSince > now);
    }

    /** Whether it closed its output and runs on before exiting ({@link ProbeProgram#lingers()}). */
    synchronized boolean isLingering() {
        return lingering;
    }

    synchronized void exitReported(int code) {
        exitReported = code;
    }

    synchronized Integer exitReported() {
        return exitReported;
    }

    synchronized void ended(long now) {
        if (endedAt == 0) {
            endedAt = now;
        }
        notifyAll();
    }

    synchronized long endedAt() {
        return endedAt;
    }

    synchronized boolean hasEnded() {
        return endedAt != 0;
    }

    /** Started, and neither done with its steps (it reported its exit) nor ended. */
    synchronized boolean running() {
        return !pids.isEmpty() && exitReported == null && endedAt == 0;
    }

    synchronized void helper(long pid) {
        if (helperPid == null) {
            helperPid = pid;
        }
    }

    synchronized Long helperPid() {
        return helperPid;
    }

    synchronized void helperEnded(long now) {
        if (helperEndedAt == 0) {
            helperEndedAt = now;
        }
    }

    synchronized boolean helperEnded() {
        return helperEndedAt != 0;
    }

    synchronized void killedByProbe() {
        killedByProbe = true;
    }

    synchronized boolean wasKilledByProbe() {
        return killedByProbe;
    }

    /** Its connection to the probe closed: every report it sent has been read. */
    synchronized void linkClosed() {
        linkClosed = true;
        notifyAll();
    }

    /** It answered the probe's {@code ping} number {@code n}: every report it sent before has been read. */
    synchronized void pong(long n) {
        pongs = Math.max(pongs, n);
        notifyAll();
    }

    /**
     * Waits until every report it sent before now has been read: its answer to ping {@code ping} came (a
     * program still running), or, for one that is gone ({@code gone}), its connection closed and its end was
     * seen. False when {@code deadline} (nanoTime) came first.
     */
    synchronized boolean awaitReports(long ping, boolean gone, long deadline) throws InterruptedException {
        while (gone ? !(linkClosed && endedAt != 0) : pongs < ping && !linkClosed) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return true;
    }

    @Override
    public synchronized String toString() {
        return "ProgramRun[" + name() + ", pids " + pids + ", out " + out.written + ", err " + err.written
                + (exitReported == null ? "" : ", exit " + exitReported) + (endedAt == 0 ? "" : ", ended") + "]";
    }
}
