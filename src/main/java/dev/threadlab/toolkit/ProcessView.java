package dev.threadlab.toolkit;

import java.io.IOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/**
 * What a {@link ProcessProbe} asks the operating system about processes: whether one is alive, when it ends,
 * its command line, whether it descends from this JVM, whether a connection comes from it; and killing it.
 * {@link #real()} asks the OS through {@link ProcessHandle} (and, on Linux, {@code /proc}); tests give a view
 * of programs running as threads. Implementations are thread-safe.
 */
interface ProcessView {

    /** Whether process {@code pid} is alive. */
    boolean alive(long pid);

    /**
     * Completes when process {@code pid} has ended (at once when it is gone already); for a process that is not
     * a child of this JVM, only once it has been reaped.
     */
    CompletableFuture<?> onExit(long pid);

    /** Kills process {@code pid} at once (SIGKILL), if it is alive. */
    void kill(long pid);

    /** Whether {@code socket} (accepted here) is a connection of process {@code pid}; empty when it cannot be told. */
    Optional<Boolean> owns(long pid, Socket socket);

    /** The command line of process {@code pid} after its executable, when the OS tells it. */
    Optional<List<String>> arguments(long pid);

    /** The live processes descending from this JVM, each with its command line after the executable (empty when unknown). */
    Map<Long, List<String>> descendants();

    /** The operating system's view. */
    static ProcessView real() {
        return Real.INSTANCE;
    }

    /** {@link ProcessHandle}, and {@code /proc} on Linux for who owns a connection. */
    final class Real implements ProcessView {
        static final Real INSTANCE = new Real();
        private static final Path PROC = Path.of("/proc");

        private Real() {
        }

        /** Alive and not a zombie: a killed process whose parent died waits to be reaped by init, which may take seconds. */
        @Override
        public boolean alive(long pid) {
            return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false) && !zombie(pid);
        }

        private static boolean zombie(long pid) {
            try {
                String stat = Files.readString(PROC.resolve(Long.toString(pid)).resolve("stat"));
                int end = stat.lastIndexOf(')');
                return end > 0 && end + 2 < stat.length() && stat.charAt(end + 2) == 'Z';
            } catch (IOException | RuntimeException e) {
                return false; // no /proc here, or the process is gone: ProcessHandle answered already
            }
        }

        @Override
        public CompletableFuture<?> onExit(long pid) {
            return ProcessHandle.of(pid).map(p -> (CompletableFuture<?>) p.onExit())
                    .orElse(CompletableFuture.completedFuture(null));
        }

        @Override
        public void kill(long pid) {
            ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
        }

        @Override
        public Optional<Boolean> owns(long pid, Socket socket) {
            Path fds = PROC.resolve(Long.toString(pid)).resolve("fd");
            if (!Files.isDirectory(PROC.resolve("net"))) {
                return Optional.empty();
            }
            Set<String> inodes = new HashSet<>();
            for (String table : List.of("tcp", "tcp6")) {
                inodes.addAll(inodes(PROC.resolve("net").resolve(table), socket.getPort(), socket.getLocalPort()));
            }
            if (inodes.isEmpty()) {
                return Optional.of(false);
            }
            try (Stream<Path> links = Files.list(fds)) {
                return Optional.of(links.anyMatch(link -> {
                    try {
                        String target = Files.readSymbolicLink(link).toString();
                        return target.startsWith("socket:[") && inodes.contains(target.substring(8, target.length() - 1));
                    } catch (IOException | UnsupportedOperationException e) {
                        return false; // closed meanwhile
                    }
                }));
            } catch (IOException | SecurityException e) {
                return Optional.empty();
            }
        }

        /** Inodes of the sockets in {@code table} whose own port is {@code local} and peer port {@code remote}. */
        private static Set<String> inodes(Path table, int local, int remote) {
            Set<String> found = new HashSet<>();
            List<String> lines;
            try {
                lines = Files.readAllLines(table);
            } catch (IOException | SecurityException e) {
                return found;
            }
            for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
                String[] f = line.strip().split("\\s+");
                if (f.length > 9 && port(f[1]) == local && port(f[2]) == remote) {
                    found.add(f[9]);
                }
            }
            return found;
        }

        private static int port(String address) {
            try {
                return Integer.parseInt(address.substring(address.indexOf(':') + 1), 16);
            } catch (RuntimeException e) {
                return -1;
            }
        }

        @Override
        public Optional<List<String>> arguments(long pid) {
            return ProcessHandle.of(pid).flatMap(p -> p.info().arguments()).map(Arrays::asList);
        }

        @Override
        public Map<Long, List<String>> descendants() {
            Map<Long, List<String>> found = new LinkedHashMap<>();
            ProcessHandle.current().descendants().filter(ProcessHandle::isAlive).forEach(p ->
                    found.put(p.pid(), p.info().arguments().map(Arrays::asList).orElse(List.of())));
            return found;
        }
    }
}
