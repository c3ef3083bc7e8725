package dev.threadlab.engine;

import dev.threadlab.kernel.ExecuteOutcome;
import dev.threadlab.kernel.ExecuteOutcome.Failed;
import dev.threadlab.kernel.Output;
import dev.threadlab.toolkit.Table;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import jdk.jshell.spi.ExecutionControl.ExecutionControlException;

/**
 * {@code %threads}: a table of the engine's live user threads (name, state, kind, the cell that started
 * it, where in user code it is) and of child processes; {@code %reset}: a fresh engine.
 */
final class ThreadsMagic {

    private static final List<String> THREAD_COLUMNS = List.of("Thread", "State", "Kind", "Started in", "Where");
    private static final List<String> PROCESS_COLUMNS = List.of("Child process", "Command", "Started in");

    private final JShellInterpreter java;

    ThreadsMagic(JShellInterpreter java) {
        this.java = java;
    }

    ExecuteOutcome threads(Output output) {
        List<Object[]> rows;
        try {
            rows = java.engineThreads();
        } catch (EngineUnavailableException e) {
            return new Failed(e.ename(), e.getMessage(), List.of());
        } catch (ExecutionControlException | RuntimeException e) {
            return new Failed("EngineError", "The Java engine could not list its threads (" + e + ").", List.of());
        }
        int split = rows.indexOf(null);
        List<Object[]> threads = rows.subList(0, split < 0 ? rows.size() : split);
        List<Object[]> processes = split < 0 ? List.of() : rows.subList(split + 1, rows.size());
        if (threads.isEmpty()) {
            output.stdout("No thread started by a cell is running.\n");
        } else {
            List<List<Object>> table = threads.stream().map(this::threadRow).toList();
            output.display(Table.of(THREAD_COLUMNS, table).mimeBundle(), null);
        }
        if (!processes.isEmpty()) {
            List<List<Object>> table = processes.stream()
                    .map(p -> Arrays.asList(p[0], p[1], cell(p[2]))).toList();
            output.display(Table.of(PROCESS_COLUMNS, table).mimeBundle(), null);
        }
        return new ExecuteOutcome.Ok(null);
    }

    private List<Object> threadRow(Object[] row) {
        StackTraceElement user = (StackTraceElement) row[4];
        StackTraceElement top = (StackTraceElement) row[5];
        String where = user == null ? null : java.describeFrame(user);
        if (where == null && top != null) {
            where = Failures.readableClassName(top.getClassName()).replaceAll(".*\\.", "") + "." + top.getMethodName();
        }
        return Arrays.asList(row[0], row[1], row[2], cell(row[3]), where);
    }

    private static String cell(Object executionCount) {
        return executionCount == null ? "" : "In [" + executionCount + "]";
    }

    ExecuteOutcome reset(Output output) {
        long start = System.nanoTime();
        try {
            java.reset();
        } catch (EngineUnavailableException e) {
            return new Failed(e.ename(), e.getMessage(), List.of());
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        output.stdout(String.format("Fresh Java engine ready in %.1f s: variables, classes, threads and child "
                + "processes of earlier cells are gone.%n", took.toMillis() / 1000.0));
        return new ExecuteOutcome.Ok(null);
    }
}
