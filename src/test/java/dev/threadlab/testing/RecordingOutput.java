package dev.threadlab.testing;

import dev.threadlab.display.MimeBundle;
import dev.threadlab.interpreter.Output;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** A thread-safe {@link Output} that records every call, with waits for stdout to arrive. */
public final class RecordingOutput implements Output {

    /** One recorded call; a check report is kind {@code report}, its JSON as text and its id as displayId. */
    public record Call(String kind, String text, MimeBundle bundle, String displayId) {}

    private final List<Call> calls = new ArrayList<>();
    private final CountDownLatch firstStdout = new CountDownLatch(1);
    private final String typed;

    /** An output whose user cannot type (stdin not allowed). */
    public RecordingOutput() {
        this(null);
    }

    /** An output whose user types {@code typed} whenever asked. */
    public RecordingOutput(String typed) {
        this.typed = typed;
    }

    @Override public synchronized void stdout(String text) {
        notifyAll();
        calls.add(new Call("stdout", text, null, null));
        firstStdout.countDown();
    }

    @Override public synchronized void stderr(String text) {
        notifyAll();
        calls.add(new Call("stderr", text, null, null));
    }

    @Override public synchronized void display(MimeBundle bundle, String displayId) {
        notifyAll();
        calls.add(new Call("display", null, bundle, displayId));
    }

    @Override public synchronized void updateDisplay(MimeBundle bundle, String displayId) {
        notifyAll();
        calls.add(new Call("update", null, bundle, displayId));
    }

    @Override public synchronized void clear(boolean wait) {
        notifyAll();
        calls.add(new Call("clear", Boolean.toString(wait), null, null));
    }

    @Override public synchronized void checkReport(String id, String json) {
        notifyAll();
        calls.add(new Call("report", json, null, id));
    }

    @Override public synchronized String input(String prompt, boolean password) {
        calls.add(new Call("input", prompt, null, null));
        if (typed == null) {
            throw new StdinNotAllowedException();
        }
        return typed;
    }

    public synchronized List<Call> calls() {
        return List.copyOf(calls);
    }

    public synchronized String stdout() {
        StringBuilder all = new StringBuilder();
        calls.stream().filter(c -> c.kind().equals("stdout")).forEach(c -> all.append(c.text()));
        return all.toString();
    }

    public synchronized String stderr() {
        StringBuilder all = new StringBuilder();
        calls.stream().filter(c -> c.kind().equals("stderr")).forEach(c -> all.append(c.text()));
        return all.toString();
    }

    /** Waits up to {@code millis} until everything printed to stderr so far satisfies {@code condition}. */
    public synchronized boolean awaitStderr(java.util.function.Predicate<String> condition, long millis)
            throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        while (!condition.test(stderr())) {
            long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
            if (left <= 0) {
                return false;
            }
            wait(left);
        }
        return true;
    }

    public synchronized long count(String kind) {
        return calls.stream().filter(c -> c.kind().equals(kind)).count();
    }

    /** Waits up to {@code millis} until everything printed to stdout so far satisfies {@code condition}. */
    public synchronized boolean awaitStdout(java.util.function.Predicate<String> condition, long millis)
            throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        while (!condition.test(stdout())) {
            long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
            if (left <= 0) {
                return false;
            }
            wait(left);
        }
        return true;
    }

    public boolean awaitFirstStdout(long millis) throws InterruptedException {
        return firstStdout.await(millis, TimeUnit.MILLISECONDS);
    }
}
