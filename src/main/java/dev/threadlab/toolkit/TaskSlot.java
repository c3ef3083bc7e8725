package dev.threadlab.toolkit;

import java.util.ArrayList;
import java.util.List;

/** What a {@link ProbeLog} saw of one task. Mutable, guarded by the log's lock. */
final class TaskSlot {

    final int index;
    final String label;
    int runs;
    Thread thread;
    ThreadKind kind;
    String via = "";
    final List<String> laterThreads = new ArrayList<>();
    long started = -1;
    long finished = -1;
    long finishedAt;
    boolean finishedBeforeReturn;
    Throwable threw;
    Object result;

    TaskSlot(int index, String label) {
        this.index = index;
        this.label = label;
    }

    boolean started() {
        return runs > 0;
    }

    boolean finished() {
        return finished >= 0;
    }
}
