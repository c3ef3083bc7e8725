package dev.threadlab.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** A clock and a scheduler that move only when told: a task runs when time reaches it. */
final class ManualTime implements Ticker, Scheduler {
    private record Task(long dueMillis, long order, Runnable body) {}

    private final List<Task> tasks = new ArrayList<>();
    private long nowMillis = 1_000;
    private long order;

    @Override
    public long read() {
        return nowMillis * 1_000_000;
    }

    @Override
    public void schedule(Runnable task, long delayMillis) {
        tasks.add(new Task(nowMillis + delayMillis, order++, task));
    }

    @Override
    public void close() {
        tasks.clear();
    }

    /** Moves time {@code millis} on, running each task that falls due on the way in order. */
    void advance(long millis) {
        long until = nowMillis + millis;
        while (true) {
            Optional<Task> next = tasks.stream().filter(t -> t.dueMillis() <= until)
                    .min(Comparator.comparingLong(Task::dueMillis).thenComparingLong(Task::order));
            if (next.isEmpty()) {
                break;
            }
            tasks.remove(next.get());
            nowMillis = next.get().dueMillis();
            next.get().body().run();
        }
        nowMillis = until;
    }
}
