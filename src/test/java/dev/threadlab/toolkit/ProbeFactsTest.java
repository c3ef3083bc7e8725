package dev.threadlab.toolkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How feedback lists the threads it saw: by name, and nameless ones (an executor's virtual threads) counted. */
final class ProbeFactsTest {

    private static Thread named(String name) {
        return Thread.ofPlatform().name(name).unstarted(() -> { });
    }

    private static List<Thread> virtual(int count) {
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            threads.add(Thread.ofVirtual().unstarted(() -> { }));
        }
        return threads;
    }

    @Test
    void namedThreadsAreListedUpToTheMostThenCounted() {
        List<Thread> pool = List.of(named("pool-1-thread-1"), named("pool-1-thread-2"), named("pool-1-thread-3"),
                named("pool-1-thread-4"));

        assertEquals("pool-1-thread-1, pool-1-thread-2, pool-1-thread-3, and 1 more", ProbeFacts.names(pool, 3));
        assertEquals("pool-1-thread-1, pool-1-thread-2", ProbeFacts.names(pool.subList(0, 2), 3));
    }

    @Test
    void namelessVirtualThreadsAreCountedNotListedOneByOneAsAVirtualThread() {
        assertEquals("6 nameless virtual threads", ProbeFacts.names(virtual(6), 3));
        assertEquals("a nameless virtual thread", ProbeFacts.names(virtual(1), 3));

        List<Thread> mixed = new ArrayList<>(List.of(named("pool-2-thread-1")));
        mixed.addAll(virtual(2));
        assertEquals("pool-2-thread-1 and 2 nameless virtual threads", ProbeFacts.names(mixed, 3));

        List<Thread> many = new ArrayList<>(List.of(named("a"), named("b"), named("c"), named("d")));
        many.addAll(virtual(3));
        many.add(Thread.ofPlatform().unstarted(() -> { }));
        many.getLast().setName("");
        assertEquals("a, b, 2 more, 3 nameless virtual threads and a nameless thread", ProbeFacts.names(many, 2));
    }
}
