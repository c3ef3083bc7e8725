package dev.threadlab.toolkit;

import dev.threadlab.wire.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads the HotSpot JSON thread dump ({@code HotSpotDiagnosticMXBean.dumpThreads}), which, unlike
 * ThreadMXBean, lists virtual threads. JDK 21 writes only id, name and stack; later JDKs add state,
 * the virtual flag, locks owned and what a thread is parked or blocked on, which are used when
 * present. Stateless.
 */
final class ThreadsJson {

    private ThreadsJson() {
    }

    static ThreadDump parse(String json) {
        Map<?, ?> root = (Map<?, ?>) ((Map<?, ?>) Json.parse(json)).get("threadDump");
        List<ThreadDump.Entry> entries = new ArrayList<>();
        for (Object container : list(root.get("threadContainers"))) {
            for (Object t : list(((Map<?, ?>) container).get("threads"))) {
                entries.add(entry((Map<?, ?>) t));
            }
        }
        entries.sort((a, b) -> Long.compare(a.id(), b.id()));
        return new ThreadDump(entries);
    }

    private static ThreadDump.Entry entry(Map<?, ?> t) {
        long id = Long.parseLong(String.valueOf(t.get("tid")));
        boolean virtual = Boolean.TRUE.equals(t.get("virtual"));
        String name = String.valueOf(t.get("name"));
        if (name.isEmpty()) {
            name = (virtual ? "virtual #" : "thread #") + id;
        }
        List<String> holds = new ArrayList<>();
        for (Object owned : list(t.get("monitorsOwned"))) {
            list(((Map<?, ?>) owned).get("locks")).forEach(l -> holds.add(shortLock(String.valueOf(l))));
        }
        String waits = "";
        if (t.get("parkBlocker") instanceof Map<?, ?> blocker && blocker.get("object") != null) {
            waits = shortLock(String.valueOf(blocker.get("object")));
        } else if (t.get("blockedOn") != null) {
            waits = shortLock(String.valueOf(t.get("blockedOn")));
        } else if (t.get("waitingOn") != null) {
            waits = shortLock(String.valueOf(t.get("waitingOn")));
        }
        List<StackTraceElement> stack = list(t.get("stack")).stream().map(f -> stackTraceElement(String.valueOf(f)))
                .filter(e -> !e.getClassName().contains("$$Lambda")).toList();
        List<String> frames = DumpFrames.shown(stack,
                e -> Threads.frame(e.getClassName(), e.getMethodName(), e.getLineNumber()), Threads.FRAMES);
        Object state = t.get("state");
        return new ThreadDump.Entry(name, id, state == null ? "unknown" : String.valueOf(state), virtual,
                String.join(", ", holds), waits, frames);
    }

    /** A virtual thread of the dump with its whole stack, as {@link StackTraceElement}s for {@link StackText}. */
    record VirtualStack(long id, String state, StackTraceElement[] frames) {
    }

    /** Every virtual thread of {@code json} with an id of at least {@code firstId}, by id. */
    static List<VirtualStack> virtualThreads(String json, long firstId) {
        Map<?, ?> root = (Map<?, ?>) ((Map<?, ?>) Json.parse(json)).get("threadDump");
        List<VirtualStack> found = new ArrayList<>();
        for (Object container : list(root.get("threadContainers"))) {
            for (Object o : list(((Map<?, ?>) container).get("threads"))) {
                Map<?, ?> t = (Map<?, ?>) o;
                long id = Long.parseLong(String.valueOf(t.get("tid")));
                if (Boolean.TRUE.equals(t.get("virtual")) && id >= firstId) {
                    StackTraceElement[] frames = list(t.get("stack")).stream()
                            .map(f -> stackTraceElement(String.valueOf(f))).toArray(StackTraceElement[]::new);
                    Object state = t.get("state");
                    found.add(new VirtualStack(id, state == null ? "" : String.valueOf(state), frames));
                }
            }
        }
        found.sort((a, b) -> Long.compare(a.id(), b.id()));
        return found;
    }

    /** {@code java.base/java.util.concurrent.Semaphore.acquire(Semaphore.java:318)} as a frame. */
    static StackTraceElement stackTraceElement(String frame) {
        int paren = frame.indexOf('(');
        String method = paren < 0 ? frame : frame.substring(0, paren);
        int slash = method.indexOf('/');
        String module = slash < 0 ? null : method.substring(0, slash);
        method = method.substring(slash + 1);
        int dot = method.lastIndexOf('.');
        String file = null;
        int line = -1;
        if (paren >= 0 && frame.endsWith(")")) {
            String where = frame.substring(paren + 1, frame.length() - 1);
            int colon = where.lastIndexOf(':');
            file = colon < 0 ? where : where.substring(0, colon);
            if (colon >= 0) {
                try {
                    line = Integer.parseInt(where.substring(colon + 1));
                } catch (NumberFormatException e) {
                    line = -1;
                }
            }
        }
        return new StackTraceElement(null, module, null, dot < 0 ? "" : method.substring(0, dot),
                method.substring(dot + 1), file, line);
    }

    private static List<?> list(Object value) {
        return value instanceof List<?> l ? l : List.of();
    }

    /** {@code java.util.concurrent.locks.ReentrantLock$NonfairSync@15eb5ee5} → {@code ReentrantLock@15eb5ee5}. */
    static String shortLock(String lock) {
        int at = lock.indexOf('@');
        if (at < 0) {
            return StackText.className(lock);
        }
        try {
            return Threads.lockName(lock.substring(0, at), Integer.parseUnsignedInt(lock.substring(at + 1), 16));
        } catch (NumberFormatException e) {
            return StackText.className(lock.substring(0, at)) + lock.substring(at);
        }
    }

    /** {@code java.base/java.lang.VirtualThread.park(VirtualThread.java:742)} → {@code VirtualThread.park:742}. */
    static String shortFrame(String frame) {
        String f = frame.substring(frame.indexOf('/') + 1);
        int paren = f.indexOf('(');
        String method = paren < 0 ? f : f.substring(0, paren);
        int dot = method.lastIndexOf('.');
        if (dot < 0) {
            return method;
        }
        int colon = f.lastIndexOf(':');
        int line = -1;
        if (colon > paren && paren >= 0) {
            try {
                line = Integer.parseInt(f.substring(colon + 1, f.length() - 1));
            } catch (NumberFormatException notALine) {
                line = -1;
            }
        }
        return Threads.frame(method.substring(0, dot), method.substring(dot + 1), line);
    }
}
