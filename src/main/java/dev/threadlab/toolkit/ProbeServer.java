package dev.threadlab.toolkit;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.IntFunction;

/**
 * The local HTTP server of an {@link HttpProbe}: a few lines of HTTP/1.1 on a loopback socket, so that every
 * request is seen exactly as it arrives and every answer is sent exactly as scripted, with no retries or
 * pooling of its own. Each path has a script (answer, 503, never answer, break the connection) by request
 * number. It counts the requests in flight, and can make them wait for each other:
 *
 * <ul>
 *   <li>the gate ({@code target} &gt; 0): a request waits until {@code target} requests are in flight at once,
 *       or until no new one arrived for {@code patience}; once open or given up, it stays so;</li>
 *   <li>the quiet hold: a request then waits until no new one arrived for {@code quiet}, so that an answer that
 *       sends more than a limit at once shows them all in flight together;</li>
 *   <li>the caller's hold ({@link #holdAnswersUntilCallerWaits()}): a request then waits until the caller of the
 *       answer is seen waiting for it ({@link CallerWatch}, which this server lets release it) or has returned,
 *       so that an answer that sleeps instead of waiting returns before its answers arrive;</li>
 *   <li>the turn: requests released together answer last path first, so bodies kept in arrival order show.</li>
 * </ul>
 *
 * <p>Every answer says {@code Connection: close}. A broken answer sends half a status line and resets the
 * connection: a client that received no byte at all would quietly send the request again. Thread-safe.
 */
final class ProbeServer implements AutoCloseable, CallerWatch.Held {

    /** What the server does with one request. */
    enum Reply {
        /** 200 with the page's body. */
        OK,
        /** 503 with the body {@code busy}. */
        BUSY,
        /** Nothing, until the client gives up or the server closes. */
        SILENT,
        /** Half a status line, then a reset connection: the client sees an IOException. */
        BROKEN
    }

    /** A path the server knows: its script by request number (from 1) and its body. */
    record Page(String path, int index, String body, IntFunction<Reply> script) {
    }

    /** Request {@code number} of {@code path} arrived, or was answered with {@code reply}, at {@code at} (nanoTime). */
    record Event(String path, int number, Reply reply, long at) {
    }

    private static final Duration GAP = Duration.ofMillis(20);
    /** How long an earlier page waits at most for the learner's stages on a later page's answer to have run. */
    private static final Duration HANDOVER_PATIENCE = Duration.ofSeconds(2);

    private final ServerSocket socket;
    private final Map<String, Page> pages = new LinkedHashMap<>();
    private final Map<String, Integer> counts = new ConcurrentHashMap<>();
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final List<Event> arrivals = new ArrayList<>();
    private final List<Event> answers = new ArrayList<>();
    /**
     * Pages with a request in flight that will be answered (not a silent one), from its arrival: an earlier page
     * answers after them. Counted from the arrival, not from when the request's thread reaches its turn, which on
     * a loaded machine can be after an earlier page's thread has found no later page waiting and answered.
     */
    private final Set<String> toAnswer = new HashSet<>();
    /** Pages whose answers the probe's client reports handing over ({@link #handedOver}), and when it last did. */
    private final Set<String> handoverExpected = new java.util.HashSet<>();
    private final Map<String, Long> handedOver = new java.util.HashMap<>();
    private final Set<CallerWait> callerWaits = EnumSet.noneOf(CallerWait.class);
    private boolean callerWaitedInStream;
    private int target;
    private Duration patience = Duration.ofSeconds(TaskProbe.PATIENCE_SECONDS);
    private Duration quiet = Duration.ZERO;
    private int inFlight;
    private int peak;
    private long lastArrival = System.nanoTime();
    private long lastEvent = System.nanoTime();
    private boolean gateOpened;
    private boolean gateGaveUp;
    private volatile Thread caller;
    private volatile boolean closed;
    private final TaskHold callerHold = new TaskHold();
    private volatile boolean holdAnswers;

    ProbeServer() throws IOException {
        socket = new ServerSocket(0, 1024, InetAddress.getLoopbackAddress());
        // Platform threads: a virtual thread's first blocking socket read would start the JDK's pollers from
        // the check cell, which would then list them as threads it left running.
        Thread.ofPlatform().daemon(true).name("http-probe-accept").start(this::accept);
    }

    int port() {
        return socket.getLocalPort();
    }

    /** Adds a path; answers it. */
    Page add(String path, String body, IntFunction<Reply> script) {
        lock.lock();
        try {
            if (pages.containsKey(path)) {
                throw new IllegalArgumentException("the probe already has a page " + path);
            }
            Page page = new Page(path, pages.size(), body, script);
            pages.put(path, page);
            return page;
        } finally {
            lock.unlock();
        }
    }

    /** Requests wait until {@code target} are in flight at once (or {@code patience} passed without a new one). */
    void gate(int target, Duration patience) {
        lock.lock();
        try {
            this.target = target;
            this.patience = patience;
        } finally {
            lock.unlock();
        }
    }

    /** After the gate, requests wait until none arrived for {@code quiet}: all that an answer sends at once meet. */
    void hold(Duration quiet) {
        lock.lock();
        try {
            this.quiet = quiet;
        } finally {
            lock.unlock();
        }
    }

    /**
     * After the gate and the quiet hold, requests wait until a {@link CallerWatch} on this server sees the caller
     * wait for them, or until {@link #returned()}: held answers cannot arrive while the caller sleeps.
     */
    void holdAnswersUntilCallerWaits() {
        holdAnswers = true;
    }

    /** The answer returned: every answer held now or later goes out at once. */
    void returned() {
        callerHold.returned();
    }

    @Override
    public void release() {
        callerHold.release();
    }

    @Override
    public int held() {
        return callerHold.held();
    }

    @Override
    public long lastArrival() {
        lock.lock();
        try {
            return lastArrival;
        } finally {
            lock.unlock();
        }
    }

    /** The thread whose waits are sampled while requests wait at the gate (the caller of the answer). */
    void watch(Thread caller) {
        this.caller = caller;
    }

    private void accept() {
        while (!closed) {
            try {
                Socket connection = socket.accept();
                open.add(connection);
                Thread.ofPlatform().daemon(true).name("http-probe-request").start(() -> serve(connection));
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private void serve(Socket connection) {
        try (connection) {
            connection.setSoTimeout((int) TimeUnit.SECONDS.toMillis(60));
            InputStream in = new BufferedInputStream(connection.getInputStream());
            String path = readRequest(in);
            if (path == null) {
                return;
            }
            Page page;
            lock.lock();
            try {
                page = pages.get(path);
            } finally {
                lock.unlock();
            }
            OutputStream out = connection.getOutputStream();
            if (page == null) {
                write(out, 404, "no page " + path + " on this server\n");
                return;
            }
            int number = counts.merge(path, 1, Integer::sum);
            Reply reply = page.script().apply(number);
            long epoch = callerHold.epoch();
            arrive(path, number, reply != Reply.SILENT);
            boolean inFlight = true;
            try {
                if (reply == Reply.SILENT) {
                    while (!closed && in.read() >= 0) {
                        // the client may send nothing more; -1 when it gives up and closes
                    }
                    return;
                }
                awaitGate();
                awaitQuiet();
                awaitCaller(epoch);
                awaitTurn(page);
                // No longer in flight from here: a client that gets the answer may send its next request before this
                // thread has finished writing, and that one must not be counted beside it.
                answered(path, number, reply);
                inFlight = false;
                switch (reply) {
                    case OK -> write(out, 200, page.body());
                    case BUSY -> write(out, 503, "busy");
                    case BROKEN -> {
                        out.write("HTTP/1.1 5".getBytes(StandardCharsets.ISO_8859_1));
                        out.flush();
                        connection.setSoLinger(true, 0); // reset, not an orderly end
                    }
                    case SILENT -> throw new IllegalStateException("unreachable");
                }
            } finally {
                if (inFlight) {
                    leave(path);
                }
            }
        } catch (SocketTimeoutException e) {
            // a client that opened a connection and said nothing for a minute: drop it
        } catch (IOException e) {
            // the client went away: nothing to answer
        } finally {
            open.remove(connection);
        }
    }

    /** Reads the request line and headers (and any body); answers the path, or null at the end of the stream. */
    private static String readRequest(InputStream in) throws IOException {
        String requestLine = readLine(in);
        if (requestLine == null || requestLine.isEmpty()) {
            return null;
        }
        int length = 0;
        for (String header = readLine(in); header != null && !header.isEmpty(); header = readLine(in)) {
            int colon = header.indexOf(':');
            if (colon > 0 && header.substring(0, colon).trim().equalsIgnoreCase("Content-Length")) {
                length = Integer.parseInt(header.substring(colon + 1).trim());
            }
        }
        in.skipNBytes(length);
        String[] parts = requestLine.split(" ");
        String target = parts.length > 1 ? parts[1] : "/";
        int query = target.indexOf('?');
        return query < 0 ? target : target.substring(0, query);
    }

    private static String readLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c >= 0; c = in.read()) {
            if (c == '\n') {
                return line.toString().strip();
            }
            if (line.length() > 8192) {
                throw new IOException("header line too long");
            }
            line.append((char) c);
        }
        return line.isEmpty() ? null : line.toString();
    }

    private static void write(OutputStream out, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String reason = status == 200 ? "OK" : status == 503 ? "Service Unavailable" : "Not Found";
        String head = "HTTP/1.1 " + status + " " + reason + "\r\nContent-Type: text/plain; charset=utf-8\r\n"
                + "Content-Length: " + bytes.length + "\r\nConnection: close\r\n\r\n";
        out.write(head.getBytes(StandardCharsets.ISO_8859_1));
        out.write(bytes);
        out.flush();
    }

    private void arrive(String path, int number, boolean answers) {
        lock.lock();
        try {
            long now = System.nanoTime();
            arrivals.add(new Event(path, number, null, now));
            if (answers) {
                toAnswer.add(path);
            }
            inFlight++;
            peak = Math.max(peak, inFlight);
            lastArrival = now;
            lastEvent = now;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Request {@code number} of {@code path} is being answered: recorded, and no longer in flight. */
    private void answered(String path, int number, Reply reply) {
        lock.lock();
        try {
            answers.add(new Event(path, number, reply, System.nanoTime()));
            inFlight--;
            toAnswer.remove(path);
            lastEvent = System.nanoTime();
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private void leave(String path) {
        lock.lock();
        try {
            inFlight--;
            toAnswer.remove(path);
            lastEvent = System.nanoTime();
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private void awaitGate() throws IOException {
        lock.lock();
        try {
            if (target <= 0) {
                return;
            }
            if (inFlight >= target) {
                gateOpened = true;
                changed.signalAll();
            }
            while (!gateOpened && !gateGaveUp && !closed) {
                long stall = lastArrival + patience.toNanos() - System.nanoTime();
                if (stall <= 0) {
                    gateGaveUp = true;
                    changed.signalAll();
                    break;
                }
                sampleCaller();
                changed.awaitNanos(Math.min(stall, TimeUnit.MILLISECONDS.toNanos(50)));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted at the gate", e);
        } finally {
            lock.unlock();
        }
    }

    /** With {@link #holdAnswersUntilCallerWaits()}: until the caller waited since {@code epoch}, or returned. */
    private void awaitCaller(long epoch) throws IOException {
        if (!holdAnswers || closed) {
            return;
        }
        try {
            callerHold.await(epoch);
        } catch (CancellationException e) {
            throw new IOException("interrupted while the answer waited for its caller", e);
        }
    }

    /** What the caller waits in while a request waits at the gate: join() right after sending, and so on. */
    private void sampleCaller() {
        Thread watched = caller;
        if (watched == null) {
            return;
        }
        Thread.State state = watched.getState();
        if (state == Thread.State.WAITING || state == Thread.State.TIMED_WAITING || state == Thread.State.BLOCKED) {
            StackTraceElement[] stack = watched.getStackTrace();
            CallerWait wait = CallerWait.of(stack);
            callerWaits.add(wait);
            callerWaitedInStream |= wait != CallerWait.SLEEP && CallerWait.inStream(stack);
        }
    }

    private void awaitQuiet() throws IOException {
        lock.lock();
        try {
            while (!closed && quiet.isPositive() && !gateGaveUp) { // an answer that never met the limit sends fewer
                long left = lastArrival + quiet.toNanos() - System.nanoTime();
                if (left <= 0) {
                    return;
                }
                changed.awaitNanos(left);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while holding a request", e);
        } finally {
            lock.unlock();
        }
    }

    /**
     * When a page before {@code answer}'s may answer: once the learner's stages chained on that answer have run, where
     * the probe's client reports it (a loaded machine can hand an answer to them later than a fixed moment after it
     * was written, and an answer that gathers bodies as they arrive then looked as if it kept the urls' order), and
     * a moment after it was written in any case.
     */
    private long turnAfter(Event answer) {
        long written = answer.at() + GAP.toNanos();
        if (!handoverExpected.contains(answer.path())) {
            return written;
        }
        Long at = handedOver.get(answer.path());
        return at != null && at >= answer.at() ? Math.max(written, at) : answer.at() + HANDOVER_PATIENCE.toNanos();
    }

    /** Requests for {@code path} go through the probe's client with {@code sendAsync}: it reports their handover. */
    void expectHandover(String path) {
        lock.lock();
        try {
            handoverExpected.add(path);
        } finally {
            lock.unlock();
        }
    }

    /**
     * The future of an answer for {@code path} has completed in the probe's client, and with it the stages the
     * learner's code had chained on it that run where it completes.
     */
    void handedOver(String path) {
        lock.lock();
        try {
            handedOver.put(path, System.nanoTime());
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Answers after every later page now waiting to answer has answered (and a moment more): last page first. */
    private void awaitTurn(Page page) throws IOException {
        lock.lock();
        try {
            long deadline = System.nanoTime() + patience.toNanos();
            while (!closed) {
                long now = System.nanoTime();
                long lastLater = Long.MIN_VALUE / 2;
                boolean laterWaiting = false;
                for (Page other : pages.values()) {
                    if (other.index() > page.index() && toAnswer.contains(other.path())) {
                        laterWaiting = true;
                    }
                }
                for (Event answer : answers) {
                    Page other = pages.get(answer.path());
                    if (other != null && other.index() > page.index()) {
                        lastLater = Math.max(lastLater, turnAfter(answer));
                    }
                }
                long wait = laterWaiting ? deadline - now : lastLater - now;
                if (wait <= 0 || deadline - now <= 0) {
                    return;
                }
                changed.awaitNanos(Math.min(wait, deadline - now));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for its turn", e);
        } finally {
            lock.unlock();
        }
    }

    // --- what was seen ---

    /** How many requests {@code path} received. */
    int requests(String path) {
        return counts.getOrDefault(path, 0);
    }

    /** How many requests are in flight now. */
    int inFlight() {
        lock.lock();
        try {
            return inFlight;
        } finally {
            lock.unlock();
        }
    }

    /** The most requests that were in flight at once. */
    int peak() {
        lock.lock();
        try {
            return peak;
        } finally {
            lock.unlock();
        }
    }

    boolean gateOpened() {
        lock.lock();
        try {
            return gateOpened;
        } finally {
            lock.unlock();
        }
    }

    /** {@link System#nanoTime()} of the latest arrival, answer or end of a request. */
    long lastEvent() {
        lock.lock();
        try {
            return lastEvent;
        } finally {
            lock.unlock();
        }
    }

    List<Event> arrivals() {
        lock.lock();
        try {
            return List.copyOf(arrivals);
        } finally {
            lock.unlock();
        }
    }

    List<Event> answers() {
        lock.lock();
        try {
            return List.copyOf(answers);
        } finally {
            lock.unlock();
        }
    }

    /** Whether the caller, seen waiting while a request waited at the gate, waited inside a stream pipeline. */
    boolean callerWaitedInStream() {
        lock.lock();
        try {
            return callerWaitedInStream;
        } finally {
            lock.unlock();
        }
    }

    Set<CallerWait> callerWaits() {
        lock.lock();
        try {
            return Set.copyOf(callerWaits);
        } finally {
            lock.unlock();
        }
    }

    List<Page> pages() {
        lock.lock();
        try {
            return List.copyOf(pages.values());
        } finally {
            lock.unlock();
        }
    }

    Page page(String path) {
        lock.lock();
        try {
            return pages.get(path);
        } finally {
            lock.unlock();
        }
    }

    /** Ends every connection still open (requests held silent included), then stops listening. */
    void dropSilent() {
        open.forEach(connection -> {
            try {
                connection.close();
            } catch (IOException e) {
                // already gone
            }
        });
    }

    @Override
    public void close() {
        closed = true;
        callerHold.returned();
        try {
            socket.close();
        } catch (IOException e) {
            // closing anyway
        }
        dropSilent();
        lock.lock();
        try {
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }
}
