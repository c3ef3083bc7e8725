package dev.threadlab.toolkit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds threads that wait for each other in a cycle in a {@link ThreadDump}, from what each thread holds
 * and waits for: the way to see a deadlock among virtual threads, which ThreadMXBean does not list. A
 * thread waiting for a lock it holds itself ({@code Object.wait}) is no edge. Stateless.
 */
final class LockCycles {

    private LockCycles() {
    }

    static Deadlock in(ThreadDump dump) {
        Map<String, ThreadDump.Entry> holders = new HashMap<>();
        for (ThreadDump.Entry e : dump.threads()) {
            for (String lock : e.holds().split(",")) {
                if (!lock.isBlank()) {
                    holders.put(lock.strip(), e);
                }
            }
        }
        Set<ThreadDump.Entry> done = new HashSet<>();
        for (ThreadDump.Entry start : dump.threads()) {
            List<ThreadDump.Entry> path = new ArrayList<>();
            ThreadDump.Entry current = start;
            while (current != null && !done.contains(current) && !path.contains(current)) {
                path.add(current);
                current = holders.get(lockWaitedFor(current));
            }
            if (current != null && path.contains(current)) {
                List<ThreadDump.Entry> cycle = path.subList(path.indexOf(current), path.size());
                if (cycle.size() > 1) {
                    return deadlock(cycle);
                }
            }
            done.addAll(path);
        }
        return new Deadlock(List.of());
    }

    /** {@code Object@1b6d3586} of {@code Object@1b6d3586 held by worker-2}; empty when it waits for nothing. */
    private static String lockWaitedFor(ThreadDump.Entry e) {
        String waits = e.waitsFor();
        int held = waits.indexOf(" held by ");
        return (held < 0 ? waits : waits.substring(0, held)).strip();
    }

    private static Deadlock deadlock(List<ThreadDump.Entry> cycle) {
        List<Deadlock.Link> links = new ArrayList<>();
        for (int i = 0; i < cycle.size(); i++) {
            ThreadDump.Entry thread = cycle.get(i);
            ThreadDump.Entry previous = cycle.get((i + cycle.size() - 1) % cycle.size());
            ThreadDump.Entry owner = cycle.get((i + 1) % cycle.size());
            links.add(new Deadlock.Link(thread.name(), lockWaitedFor(previous), lockWaitedFor(thread), owner.name()));
        }
        return new Deadlock(links);
    }
}
