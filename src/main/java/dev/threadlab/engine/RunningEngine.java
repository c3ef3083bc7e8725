package dev.threadlab.engine;

import java.util.Optional;

/**
 * What interrupt escalation needs of the engine a cell runs in ({@link Interruptions}): ask it to stop,
 * look at what the cell's threads do, kill it. Implemented by {@link Session}. All methods: any thread.
 */
interface RunningEngine {

    /** Asks the engine to stop the running cell, and gives up its unanswered input request. Returns at once. */
    void stop();

    /** Kills the engine JVM; the running evaluation ends with the engine lost. */
    void kill();

    /** What the running cell's threads are doing, or empty when the engine does not say soon enough. */
    Optional<String> stuckThreads();
}
