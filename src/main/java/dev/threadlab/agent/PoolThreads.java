package dev.threadlab.agent;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which user threads are pool workers ({@code ThreadPoolExecutor} or {@code ForkJoinPool}), and which of
 * those wait for work, at the end of each cell. Whether a thread is a pool worker is learnt from one stack
 * walk and remembered; only workers are walked again, at most {@value #MAX_WALKS} per cell end. Tells
 * {@link CellTag} so reused pool threads route their next task's output to the cell that submitted it.
 * Not thread-safe (the command thread calls it).
 */
final class PoolThreads {

    private static final int MAX_WALKS = 200;

    private final Map<Long, Boolean> workers = new HashMap<>();

    /** The ids of {@code userThreads} idle in an executor at the end of cell {@code tag}. */
    Set<Long> cellEnded(int tag, List<Thread> userThreads) {
        Set<Long> live = new HashSet<>();
        Set<Long> pool = new HashSet<>();
        Set<Long> idle = new HashSet<>();
        int walks = 0;
        for (Thread thread : userThreads) {
            long id = thread.threadId();
            live.add(id);
            Boolean worker = workers.get(id);
            if (thread.isVirtual() || Boolean.FALSE.equals(worker) || walks >= MAX_WALKS) {
                continue;
            }
            StackTraceElement[] frames = thread.getStackTrace();
            walks++;
            if (worker == null) {
                worker = isPoolWorker(frames);
                workers.put(id, worker);
            }
            if (worker) {
                pool.add(id);
                if (CellThreads.idleInExecutor(frames)) {
                    idle.add(id);
                }
            }
        }
        workers.keySet().retainAll(live);
        CellTag.poolThreadsAtCellEnd(tag, pool, idle);
        return idle;
    }

    static boolean isPoolWorker(StackTraceElement[] frames) {
        for (int i = frames.length - 1; i >= Math.max(0, frames.length - 4); i--) {
            String name = frames[i].getClassName() + "." + frames[i].getMethodName();
            if (name.equals("java.util.concurrent.ThreadPoolExecutor$Worker.run")
                    || name.equals("java.util.concurrent.ForkJoinWorkerThread.run")) {
                return true;
            }
        }
        return false;
    }
}
