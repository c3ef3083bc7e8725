package dev.threadlab.engine;

import dev.threadlab.interpreter.ExecuteOutcome;
import dev.threadlab.interpreter.ExecuteOutcome.Failed;
import dev.threadlab.interpreter.Output;
import dev.threadlab.wire.EngineCommandException;
import dev.threadlab.wire.HeapUse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * {@code %memory}: how much memory the Java engine holds (its heap after a garbage collection, what it took
 * from the system, its limit, and the process's resident size) and the kernel's own resident size.
 */
final class MemoryMagic {

    private final EngineAccess engine;

    MemoryMagic(EngineAccess engine) {
        this.engine = engine;
    }

    ExecuteOutcome run(Output output) {
        HeapUse heap;
        try {
            heap = engine.memory();
        } catch (EngineUnavailableException e) {
            return new Failed(e.ename(), e.getMessage(), List.of(e.getMessage()));
        } catch (EngineCommandException | RuntimeException e) {
            String why = "The Java engine could not say how much memory it holds (" + e + ").";
            return new Failed("EngineError", why, List.of(why));
        }
        long pid = engine.pid();
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT,
                "Java engine (process %d):%n"
                        + "  %-15s %s   what your cells' objects still hold (measured after a garbage collection)%n"
                        + "  %-15s %s   heap taken from the system, at most %s (the engine's -Xmx)%n",
                pid, "heap in use", mb(heap.used()), "heap reserved", mb(heap.committed()), mb(heap.max())));
        resident(pid).ifPresent(rss -> text.append(String.format(Locale.ROOT,
                "  %-15s %s   all the engine process uses (heap, classes, threads, JIT)%n", "resident", mb(rss))));
        resident(ProcessHandle.current().pid()).ifPresent(rss -> text.append(String.format(Locale.ROOT,
                "Kernel (the compiler): %s resident.%n", mb(rss))));
        text.append("Memory that no variable reaches any more is given back when the notebook has been idle"
                + " for a few seconds; %reset frees everything.\n");
        output.stdout(text.toString());
        return new ExecuteOutcome.Ok(null);
    }

    private static String mb(long bytes) {
        return String.format(Locale.ROOT, "%7.1f MB", bytes / 1048576.0);
    }

    /** The resident set size of process {@code pid} (Linux: {@code /proc/<pid>/status}), when known. */
    static OptionalLong resident(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return OptionalLong.of(Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024);
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux, or the process is gone
        }
        return OptionalLong.empty();
    }
}
