package dev.threadlab.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * Ends the processes an engine started that outlived it. An engine that exits normally ends its children
 * itself, but one that died at once ({@code Runtime.halt} in a cell, running out of memory) could not: its
 * children were re-parented to init and are no longer the kernel's descendants. They still belong to the
 * kernel's process group, which Jupyter starts as a session of its own; a process of that group, started
 * after the lost engine, that is neither the kernel nor below it, came from that engine. Linux only
 * (the group is read from {@code /proc}); elsewhere, and when the kernel leads no group of its own, does
 * nothing. Stateless.
 */
final class Orphans {

    private static final System.Logger LOG = System.getLogger(Orphans.class.getName());

    private Orphans() {}

    /** Kills the orphans of an engine that started at {@code engineStart}; answers how many. */
    static int sweep(Instant engineStart) {
        long self = ProcessHandle.current().pid();
        if (processGroup(self).filter(g -> g == self).isEmpty()) {
            return 0;
        }
        int killed = 0;
        for (ProcessHandle process : ProcessHandle.allProcesses().toList()) {
            if (processGroup(process.pid()).filter(g -> g == self).isPresent()
                    && process.info().startInstant().filter(s -> !s.isBefore(engineStart)).isPresent()
                    && !belowUs(process, self)) {
                LOG.log(System.Logger.Level.INFO, "ending process {0}, left behind by a lost engine", process.pid());
                process.destroyForcibly();
                killed++;
            }
        }
        return killed;
    }

    /** Whether {@code process} is the kernel or below it now (a new engine is; an orphan is not). */
    private static boolean belowUs(ProcessHandle process, long self) {
        for (Optional<ProcessHandle> p = Optional.of(process); p.isPresent(); p = p.get().parent()) {
            if (p.get().pid() == self) {
                return true;
            }
        }
        return false;
    }

    /** The process group of {@code pid} from {@code /proc/<pid>/stat}, or empty when it cannot be read. */
    static Optional<Long> processGroup(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Optional.of(Long.parseLong(fields[2])); // state, ppid, pgrp
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
