package dev.threadlab.toolkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Functions for {@link ProcessPool} workers, so that a lesson can run the same I/O-bound and CPU-bound work in
 * child JVMs as it runs on threads (a class declared in a notebook cell is not on a child's class path). Each
 * answers its result and the child's pid, so the lesson can see which process did what.
 *
 * <pre>{@code
 * try (var pool = ProcessPool.start(2, "dev.threadlab.toolkit.ChildTasks#run", timeline)) {
 *     pool.map(List.of("cpu 2000000", "fetch " + server.uri("/a")));   // [checksum @ pid 4242, 24 bytes @ pid 4243]
 * }
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class ChildTasks {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    /** How much processor time {@link #compute} takes per task. */
    static final long COMPUTE_MILLIS = 150;

    private ChildTasks() {
    }

    /**
     * Runs one task written as {@code cpu ITERATIONS} ({@link #cpu}) or {@code fetch URI} ({@link #fetch}), so
     * that one pool of children, started once, can do both kinds of work.
     *
     * @throws IllegalArgumentException if the task is neither
     */
    public static String run(String task) throws InterruptedException {
        String[] parts = task.strip().split("\\s+", 2);
        if (parts.length == 2 && parts[0].equals("cpu")) {
            return cpu(parts[1]);
        }
        if (parts.length == 2 && parts[0].equals("fetch")) {
            return fetch(parts[1]);
        }
        throw new IllegalArgumentException("a task is \"cpu ITERATIONS\" or \"fetch URI\", was \"" + task + "\"");
    }

    /**
     * Computes for {@value #COMPUTE_MILLIS} ms of processor time ({@link Work#cpu(Duration)}: the same amount for
     * every input, however fast the machine or cold the child's JVM) and answers {@code name @ pid N}: tasks of
     * one length, so that a pool's workers visibly share them.
     */
    public static String compute(String name) {
        Work.cpu(Duration.ofMillis(COMPUTE_MILLIS));
        return name + " @ pid " + ProcessHandle.current().pid();
    }

    /**
     * Computes {@link Work#cpu(long)} for the number of iterations written in {@code iterations} and answers
     * {@code checksum @ pid N}.
     *
     * @throws NumberFormatException if {@code iterations} is not a whole number
     */
    public static String cpu(String iterations) {
        long n = Long.parseLong(iterations.strip());
        return Work.cpu(n) + " @ pid " + ProcessHandle.current().pid();
    }

    /**
     * Sends a GET to {@code uri} (a {@link SlowServer} page) and answers {@code <length of the body> bytes @ pid N}.
     *
     * @throws UncheckedIOException if the request fails
     */
    public static String fetch(String uri) throws InterruptedException {
        try {
            HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(URI.create(uri.strip())).build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.body().length() + " bytes @ pid " + ProcessHandle.current().pid();
        } catch (IOException e) {
            throw new UncheckedIOException("GET " + uri + " failed", e);
        }
    }
}
