package dev.threadlab.toolkit;

import dev.threadlab.toolkit.internal.LiveThreads;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.AbstractOwnableSynchronizer;
import java.util.concurrent.locks.LockSupport;

/**
 * Who holds the {@code java.util.concurrent} locks ({@code ReentrantLock}, the write lock of a
 * {@code ReentrantReadWriteLock}) that threads are parked on. The HotSpot JSON thread dump names the lock a
 * virtual thread waits for but not its owner, and ThreadMXBean does not see virtual threads at all; the
 * owner is asked of the lock itself ({@code AbstractOwnableSynchronizer.getExclusiveOwnerThread}, which the
 * engine opens to the toolkit with {@code --add-opens java.base/java.util.concurrent.locks}). Without that,
 * or without a way to list virtual threads, fewer owners are known and nothing fails. Stateless.
 */
final class LockOwners {

    private static final Method OWNER = ownerMethod();

    private LockOwners() {
    }

    private static Method ownerMethod() {
        try {
            Method owner = AbstractOwnableSynchronizer.class.getDeclaredMethod("getExclusiveOwnerThread");
            owner.setAccessible(true);
            return owner;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null; // not opened to us: owners stay unknown
        }
    }

    /**
     * The locks live threads are parked on: {@code owners} by lock name as the dump writes it, with the thread
     * holding each; {@code waiting} by the id of each thread parked on one, with that lock's name.
     */
    record Parked(Map<String, Thread> owners, Map<Long, String> waiting) {
    }

    static Parked ofParkedThreads() {
        Map<String, Thread> owners = new HashMap<>();
        Map<Long, String> waiting = new HashMap<>();
        for (Thread thread : LiveThreads.all()) {
            if (LockSupport.getBlocker(thread) instanceof AbstractOwnableSynchronizer lock) {
                waiting.put(thread.threadId(), name(lock));
                try {
                    if (OWNER != null && OWNER.invoke(lock) instanceof Thread owner) {
                        owners.put(name(lock), owner);
                    }
                } catch (ReflectiveOperationException | RuntimeException e) {
                    // the lock changed hands or is of a kind we cannot ask: leave it unknown
                }
            }
        }
        return new Parked(owners, waiting);
    }

    /** {@code ReentrantLock@1b6d3586}: as the dump names the lock (see {@link Threads#lockName(String, int)}). */
    static String name(Object lock) {
        return Threads.lockName(lock.getClass().getName(), System.identityHashCode(lock));
    }

    /** {@code dump} with what {@code parked} knows: see {@link #addTo(ThreadDump, Map, Map)}. */
    static ThreadDump addTo(ThreadDump dump, Parked parked) {
        return addTo(dump, parked.owners(), parked.waiting());
    }

    /**
     * {@code dump} with each known owner's locks in its {@code holds} and named in the waiters' {@code waitsFor};
     * a thread the dump says waits for nothing but which is parked on a lock ({@code waiting}, by thread id) waits
     * for it: JDK 21's dump names no lock at all.
     */
    static ThreadDump addTo(ThreadDump dump, Map<String, Thread> owners, Map<Long, String> waiting) {
        if (owners.isEmpty() && waiting.isEmpty()) {
            return dump;
        }
        Map<Long, List<String>> held = new HashMap<>();
        owners.forEach((lock, owner) -> held.computeIfAbsent(owner.threadId(), id -> new ArrayList<>()).add(lock));
        List<ThreadDump.Entry> entries = new ArrayList<>();
        for (ThreadDump.Entry e : dump.threads()) {
            List<String> holds = new ArrayList<>();
            if (!e.holds().isBlank()) {
                holds.add(e.holds());
            }
            held.getOrDefault(e.id(), List.of()).stream().filter(l -> !e.holds().contains(l)).sorted().forEach(holds::add);
            String waits = e.waitsFor().isBlank() ? waiting.getOrDefault(e.id(), "") : e.waitsFor();
            Thread owner = owners.get(waits);
            if (owner != null) {
                String ownerName = owner.getName().isEmpty() ? (owner.isVirtual() ? "virtual #" : "thread #")
                        + owner.threadId() : owner.getName();
                waits = waits + " held by " + ownerName;
            }
            entries.add(new ThreadDump.Entry(e.name(), e.id(), e.state(), e.virtual(), String.join(", ", holds), waits,
                    e.frames()));
        }
        return new ThreadDump(entries);
    }
}
