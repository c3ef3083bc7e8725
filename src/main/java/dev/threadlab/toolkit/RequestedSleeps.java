package dev.threadlab.toolkit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;

/**
 * The sleeps one thread asked for while an answer ran: the durations it passed to {@code Thread.sleep} (and so to
 * {@code TimeUnit.sleep}), in order, as the JDK's Flight Recorder notes them (event {@value #EVENT}, field
 * {@code time}). What was asked, not how long it took: a crowded machine makes a sleep longer, never changes
 * what the answer asked for, so a check can judge the asked waits both ways without judging speed.
 *
 * <p>Delays that are not sleeps ({@code ScheduledExecutorService}, {@code CompletableFuture.delayedExecutor},
 * {@code LockSupport.parkNanos}) are not seen: a check that finds no sleeps, or not one per retry, judges by
 * what its server saw only. {@link #stop()} is empty when the recording could not be made or read (no
 * {@code jdk.jfr} module, no writable temporary directory, a recording the learner's code stopped). The first
 * recording in a JVM starts the Flight Recorder, about 0.5 s on an idle machine; later ones cost a few
 * milliseconds to start and tens to read. Used from one thread.
 */
final class RequestedSleeps {

    /** The Flight Recorder's event for {@code Thread.sleep}, with the time asked for in its field {@code time}. */
    static final String EVENT = "jdk.ThreadSleep";
    private static final System.Logger LOG = System.getLogger(RequestedSleeps.class.getName());

    private final long threadId;
    private final Recording recording; // null: none could be started

    private RequestedSleeps(long threadId, Recording recording) {
        this.threadId = threadId;
        this.recording = recording;
    }

    /** Starts noting the sleeps {@code thread} asks for; never throws: without a recording, {@link #stop()} is empty. */
    static RequestedSleeps of(Thread thread) {
        long id = thread.threadId();
        Recording recording = null;
        try {
            recording = new Recording();
            recording.setName("threadlab requested sleeps");
            recording.enable(EVENT).withThreshold(Duration.ZERO).withoutStackTrace();
            recording.setToDisk(true); // an in-memory recording keeps nothing to read once stopped
            recording.start();
            return new RequestedSleeps(id, recording);
        } catch (RuntimeException | LinkageError e) { // judged without it, by the server's times only
            LOG.log(System.Logger.Level.DEBUG, "no Flight Recorder for the sleeps an answer asks for", e);
            if (recording != null) {
                recording.close();
            }
            return new RequestedSleeps(id, null);
        }
    }

    /** Stops noting and answers the sleeps asked for, in order; empty when they could not be known. */
    Optional<List<Duration>> stop() {
        if (recording == null) {
            return Optional.empty();
        }
        Path file = null;
        try (recording) {
            recording.stop(); // synchronous: every event of the answer's sleeps, all of which ended, is written
            file = Files.createTempFile("threadlab-sleeps", ".jfr");
            recording.dump(file);
            List<RecordedEvent> sleeps = new ArrayList<>();
            for (RecordedEvent event : RecordingFile.readAllEvents(file)) {
                RecordedThread thread = event.getThread();
                if (event.getEventType().getName().equals(EVENT) && thread != null
                        && thread.getJavaThreadId() == threadId && event.hasField("time")) {
                    sleeps.add(event);
                }
            }
            sleeps.sort(Comparator.comparing(RecordedEvent::getStartTime)); // a file keeps chunks, not order
            return Optional.of(sleeps.stream().map(e -> e.getDuration("time")).toList());
        } catch (IOException | RuntimeException e) { // judged without it, by the server's times only
            LOG.log(System.Logger.Level.DEBUG, "the sleeps an answer asked for could not be read", e);
            return Optional.empty();
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    LOG.log(System.Logger.Level.DEBUG, "could not delete " + file, e);
                }
            }
        }
    }
}
