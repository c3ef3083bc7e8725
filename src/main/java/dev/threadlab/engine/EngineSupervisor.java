package dev.threadlab.engine;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The life of an interpreter's engine: starts a {@link Session} in the background, hands it out once it
 * is warm, replaces it when it is lost or restarted, and keeps the user's class path additions across
 * restarts. Thread-safe: the shell thread awaits and replaces sessions while the control thread restarts
 * or closes.
 */
final class EngineSupervisor implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(EngineSupervisor.class.getName());
    private static final Duration WARM_UP_TIMEOUT = Duration.ofSeconds(60);

    private final EngineOptions options;
    private final OutputRouter router;
    /** Called when a fresh engine replaces a lost or restarted one (what was known of the old one is stale). */
    private final Runnable freshEngine;
    private final List<Path> extraClassPath = new CopyOnWriteArrayList<>();
    /** Entries of {@link #extraClassPath} that a restart drops ({@code %maven} without --keep). */
    private final Set<Path> droppedOnRestart = ConcurrentHashMap.newKeySet();
    private volatile CompletableFuture<Session> session;
    private volatile boolean closed;

    /** A supervisor whose engines are launched with {@code options}; starts the first one now. */
    EngineSupervisor(EngineOptions options, OutputRouter router, Runnable freshEngine) {
        this.options = options;
        this.router = router;
        this.freshEngine = freshEngine;
        this.session = startSession();
    }

    private CompletableFuture<Session> startSession() {
        // A jar that went bad since it was added (overwritten, cut short) would break the fresh compiler too.
        List<Path> classPath = extraClassPath.stream().filter(p -> Jars.problem(p) == null).toList();
        CompletableFuture<Session> future = new CompletableFuture<>();
        Thread starter = new Thread(() -> {
            try {
                Session started = Session.start(options, router, classPath);
                if (closed) {
                    started.close();
                    future.completeExceptionally(new CancellationException("closed"));
                } else {
                    future.complete(started);
                }
            } catch (Throwable e) {
                LOG.log(System.Logger.Level.ERROR, "the Java engine did not start", e);
                future.completeExceptionally(e);
            }
        }, "threadlab-engine-start");
        starter.setDaemon(true);
        starter.start();
        return future;
    }

    /** The options every engine is launched with. */
    EngineOptions options() {
        return options;
    }

    /** The session if it started, else null (still starting, failed or cancelled). Never waits. */
    Session ready() {
        CompletableFuture<Session> future = session;
        return future.isDone() && !future.isCompletedExceptionally() ? future.join() : null;
    }

    /**
     * The session, waiting for it to start; one that died between cells is replaced and reported once.
     *
     * @throws EngineUnavailableException when it cannot start, died since the last cell, or this is closed
     */
    Session await() throws EngineUnavailableException {
        if (closed) {
            throw new EngineUnavailableException("The interpreter is closed.");
        }
        CompletableFuture<Session> current = session;
        try {
            Session s = current.get(WARM_UP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            if (s.closed()) {
                // It died between cells (a background thread called System.exit, say): say so once.
                String exit = Explanations.exitReason(s.engine(), s.engine().exitCode(2_000));
                replace(s);
                throw new EngineUnavailableException(exit + " after the last cell:"
                        + " variables and classes were reset. This cell did not run; run it again in the fresh engine.",
                        "EngineExited");
            }
            return s;
        } catch (ExecutionException | TimeoutException e) {
            if (session == current && !closed) {
                session = startSession();
            }
            Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
            String why = cause instanceof EngineStartException ? cause.getMessage() : cause.toString();
            throw new EngineUnavailableException("The Java engine could not start (" + why
                    + "). The next cell tries again with a fresh engine.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EngineUnavailableException("Interrupted while waiting for the Java engine to start.");
        } catch (CancellationException e) {
            throw new EngineUnavailableException("The interpreter is closed.");
        }
    }

    /** Starts a fresh engine in place of {@code lost} (unless that happened already) and closes the lost one. */
    void replace(Session lost) {
        if (ready() == lost && !closed) {
            session = startSession();
            freshEngine.run();
        }
        lost.close();
    }

    /** Starts a fresh engine now, dropping the libraries added only until a restart; closes the old one. */
    void restart() {
        extraClassPath.removeAll(droppedOnRestart);
        droppedOnRestart.clear();
        CompletableFuture<Session> old = session;
        session = startSession();
        freshEngine.run();
        old.thenAccept(Session::close);
    }

    /** The class path of user code: the engine's own, then what {@link #addToClassPath} added. */
    List<Path> classPath() {
        List<Path> all = new ArrayList<>();
        all.addAll(options.classPath());
        all.addAll(extraClassPath);
        return all;
    }

    /** Adds {@code path} for the compiler and the engine, now and after restarts. */
    void addToClassPath(Path path) throws EngineUnavailableException {
        await().addToClasspath(path);
        extraClassPath.add(path);
    }

    /**
     * Adds the library {@code jar} for the compiler and the engine; a {@link #restart} drops it unless
     * {@code keepAfterRestart}.
     *
     * @return empty when added, else why not (the engine is not running)
     */
    Optional<String> addLibrary(Path jar, boolean keepAfterRestart) {
        try {
            addToClassPath(jar);
        } catch (EngineUnavailableException e) {
            return Optional.of(e.getMessage());
        }
        if (!keepAfterRestart) {
            droppedOnRestart.add(jar);
        }
        return Optional.empty();
    }

    /** Ends the current engine (a session still starting is closed when it is up); no new one starts. */
    @Override
    public void close() {
        closed = true;
        session.thenAccept(Session::close);
    }
}
