package dev.threadlab.engine;

import dev.threadlab.interpreter.ExecuteOutcome;
import dev.threadlab.interpreter.ExecuteOutcome.Failed;
import dev.threadlab.interpreter.Output;
import dev.threadlab.toolkit.Table;
import dev.threadlab.wire.ClassNames;
import dev.threadlab.wire.EngineCommandException;
import dev.threadlab.wire.ThreadTable;
import dev.threadlab.wire.ThreadTable.ProcessRow;
import dev.threadlab.wire.ThreadTable.ThreadRow;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * {@code %threads}: a table of the engine's live user threads (name, state, kind, the cell that started
 * it, where in user code it is) and of child processes; {@code %reset}: a fresh engine.
 */
final class ThreadsMagic {

    private static final List<String> THREAD_COLUMNS = List.of("Thread", "State", "Kind", "Started in", "Where");
    private static final List<String> PROCESS_COLUMNS = List.of("Child process", "Command", "Started in");

    private final EngineAccess engine;

    ThreadsMagic(EngineAccess engine) {
        this.engine = engine;
    }

    ExecuteOutcome threads(Output output) {
        ThreadTable rows;
        try {
            rows = engine.threads();
        } catch (EngineUnavailableException e) {
            return new Failed(e.ename(), e.getMessage(), List.of());
        } catch (EngineCommandException | RuntimeException e) {
            return new Failed("EngineError", "The Java engine could not list its threads (" + e + ").", List.of());
        }
        List<ThreadRow> threads = rows.threads();
        List<ProcessRow> processes = rows.processes();
        if (threads.isEmpty()) {
            output.stdout("No thread started by a cell is running.\n");
        } else {
            List<List<Object>> table = threads.stream().map(this::threadRow).toList();
            output.display(Table.of(THREAD_COLUMNS, table).mimeBundle(), null);
        }
        if (!processes.isEmpty()) {
            List<List<Object>> table = processes.stream()
                    .map(p -> Arrays.<Object>asList(p.pid(), p.command(), cell(p.startedIn()))).toList();
            output.display(Table.of(PROCESS_COLUMNS, table).mimeBundle(), null);
        }
        return new ExecuteOutcome.Ok(null);
    }

    private List<Object> threadRow(ThreadRow row) {
        StackTraceElement user = row.userFrame();
        StackTraceElement top = row.topFrame();
        String where = user == null ? null : engine.describeFrame(user);
        if (where == null && top != null) {
            String type = ClassNames.readable(top.getClassName());
            where = ClassNames.member(type.substring(type.lastIndexOf('.') + 1), top.getMethodName());
        }
        return Arrays.asList(row.name(), row.state(), row.kind(), cell(row.startedIn()), where);
    }

    private static String cell(Integer executionCount) {
        return executionCount == null ? "" : "In [" + executionCount + "]";
    }

    ExecuteOutcome reset(Output output) {
        long start = System.nanoTime();
        try {
            engine.reset();
        } catch (EngineUnavailableException e) {
            return new Failed(e.ename(), e.getMessage(), List.of());
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        output.stdout(String.format("Fresh Java engine ready in %.1f s: variables, classes, threads and child "
                + "processes of earlier cells are gone.%n", took.toMillis() / 1000.0));
        return new ExecuteOutcome.Ok(null);
    }
}
