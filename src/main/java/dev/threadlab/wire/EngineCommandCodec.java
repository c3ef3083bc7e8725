package dev.threadlab.wire;

import dev.threadlab.display.MimeBundle;
import dev.threadlab.wire.ThreadTable.ProcessRow;
import dev.threadlab.wire.ThreadTable.ThreadRow;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jdk.jshell.spi.ExecutionControl.ExecutionControlException;

/**
 * How {@link EngineCommands} travel as JShell extension commands: the names, and each argument and answer as
 * JDK types. An answer travels packed in a string ({@link #packed}): JDK 21's JShell lets its connection read
 * no object but strings, stack frames and booleans, and the kernel reads what an engine (a learner's code, a
 * graded submission) sends back only through a filter that knows the answers' few classes. {@code render}: a variable name, answered {@code Object[]{data, metadata}} (two
 * {@code LinkedHashMap<String,String>}) or null. {@code cellBegin}: {@code int[]{tag, executionCount}}. {@code refuseChecks}: the reason, no answer. {@code explainUnresolved}: a {@code HashMap<String,String>},
 * no answer.
 * {@code cellEnd}: answered the warning line or null. {@code interruptCell}: no answer. {@code memory}:
 * {@code long[]{used, committed, max}}. {@code threads}: an {@code ArrayList<Object[]>} of thread rows
 * {@code {name, state, kind, executionCount (Integer or null), user frame, top frame}}, then null, then
 * process rows {@code {pid (Long), command, executionCount (Integer or null)}}. Stateless.
 */
final class EngineCommandCodec {

    static final String RENDER = "render";
    static final String CELL_BEGIN = "cellBegin";
    static final String CELL_END = "cellEnd";
    static final String REFUSE_CHECKS = "refuseChecks";
    static final String EXPLAIN_UNRESOLVED = "explainUnresolved";
    static final String INTERRUPT_CELL = "interruptCell";
    static final String MEMORY = "memory";
    static final String THREADS = "threads";
    private static final Set<String> ALL = Set.of(RENDER, CELL_BEGIN, REFUSE_CHECKS, EXPLAIN_UNRESOLVED, CELL_END, INTERRUPT_CELL, MEMORY, THREADS);

    private EngineCommandCodec() {}

    static boolean handles(String command) {
        return ALL.contains(command);
    }

    /** The classes an answer may hold (with the arrays of them), and how deep and large it may be. */
    private static final Set<Class<?>> ANSWER_CLASSES = Set.of(Object.class, String.class, Integer.class,
            Long.class, Number.class, long.class, StackTraceElement.class, ArrayList.class, HashMap.class,
            LinkedHashMap.class, Map.Entry.class);
    private static final ObjectInputFilter ANSWERS = info -> {
        if (info.depth() > 8 || info.arrayLength() > 1_000_000 || info.references() > 1_000_000) {
            return ObjectInputFilter.Status.REJECTED;
        }
        Class<?> type = info.serialClass();
        while (type != null && type.isArray()) {
            type = type.componentType();
        }
        return type == null || ANSWER_CLASSES.contains(type) ? ObjectInputFilter.Status.ALLOWED
                : ObjectInputFilter.Status.REJECTED;
    };

    /** The engine's side: serves {@code command}, its answer {@link #packed}. */
    static String serve(EngineCommands target, String command, Object arg) throws EngineCommandException {
        return packed(answer(target, command, arg));
    }

    private static Object answer(EngineCommands target, String command, Object arg) throws EngineCommandException {
        return switch (command) {
            case RENDER -> arg instanceof String name ? target.render(name).map(EngineCommandCodec::bundle).orElse(null)
                    : null;
            case CELL_BEGIN -> {
                if (!(arg instanceof int[] cell) || cell.length != 2) {
                    throw new EngineCommandException("cellBegin needs int[]{tag, executionCount}, was " + arg);
                }
                target.beginCell(cell[0], cell[1]);
                yield null;
            }
            case REFUSE_CHECKS -> {
                if (!(arg instanceof String reason)) {
                    throw new EngineCommandException("refuseChecks needs the reason, was " + arg);
                }
                target.refuseChecks(reason);
                yield null;
            }
            case EXPLAIN_UNRESOLVED -> {
                if (!(arg instanceof Map<?, ?> why)) {
                    throw new EngineCommandException("explainUnresolved needs a map of snippet ids to reasons, was " + arg);
                }
                target.explainUnresolved(Client.strings(why));
                yield null;
            }
            case CELL_END -> target.endCell().orElse(null);
            case INTERRUPT_CELL -> {
                target.interruptCell();
                yield null;
            }
            case MEMORY -> {
                HeapUse heap = target.memory();
                yield new long[] {heap.used(), heap.committed(), heap.max()};
            }
            case THREADS -> table(target.threads());
            default -> throw new EngineCommandException("unknown engine command " + command);
        };
    }

    /** {@code answer} serialized, in Base64. */
    static String packed(Object answer) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(answer);
        } catch (IOException e) {
            throw new UncheckedIOException("an answer of JDK types could not be written", e);
        }
        return Base64.getEncoder().encodeToString(bytes.toByteArray());
    }

    /** What {@link #packed} packed, read through the filter of the answers' classes. */
    static Object unpacked(String command, Object packed) throws EngineCommandException {
        if (!(packed instanceof String text)) {
            throw new EngineCommandException("the engine answered the " + command + " question with " + packed
                    + " where a packed answer belongs");
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(Base64.getDecoder().decode(text)))) {
            in.setObjectInputFilter(ANSWERS);
            return in.readObject();
        } catch (IOException | ClassNotFoundException | IllegalArgumentException e) {
            throw new EngineCommandException("the engine's answer to the " + command + " question could not be read: "
                    + e.getMessage(), e);
        }
    }

    private static Object[] bundle(MimeBundle bundle) {
        return new Object[] {new LinkedHashMap<>(bundle.data()), new LinkedHashMap<>(bundle.metadata())};
    }

    private static ArrayList<Object[]> table(ThreadTable table) {
        ArrayList<Object[]> rows = new ArrayList<>();
        for (ThreadRow t : table.threads()) {
            rows.add(new Object[] {t.name(), t.state(), t.kind(), t.startedIn(), t.userFrame(), t.topFrame()});
        }
        rows.add(null);
        for (ProcessRow p : table.processes()) {
            rows.add(new Object[] {p.pid(), p.command(), p.startedIn()});
        }
        return rows;
    }

    /** The kernel's side: each method one extension command, its answer checked and typed. */
    static final class Client implements EngineCommands {

        private final Sender sender;

        Client(Sender sender) {
            this.sender = sender;
        }

        private Object send(String command, Object argument) throws EngineCommandException {
            try {
                return unpacked(command, sender.send(command, argument));
            } catch (ExecutionControlException e) {
                throw new EngineCommandException(command + " failed in the engine: " + e.getMessage(), e);
            }
        }

        @Override
        public Optional<MimeBundle> render(String variable) throws EngineCommandException {
            Object answer = send(RENDER, variable);
            if (answer == null) {
                return Optional.empty();
            }
            if (!(answer instanceof Object[] rendered) || rendered.length != 2
                    || !(rendered[0] instanceof Map<?, ?> data) || !(rendered[1] instanceof Map<?, ?> metadata)) {
                throw unexpected(RENDER, answer);
            }
            return Optional.of(new MimeBundle(strings(data), strings(metadata)));
        }

        @Override
        public void beginCell(int tag, int executionCount) throws EngineCommandException {
            send(CELL_BEGIN, new int[] {tag, executionCount});
        }

        @Override
        public void refuseChecks(String reason) throws EngineCommandException {
            send(REFUSE_CHECKS, reason);
        }

        @Override
        public void explainUnresolved(Map<String, String> whyBySnippetId) throws EngineCommandException {
            send(EXPLAIN_UNRESOLVED, new HashMap<>(whyBySnippetId));
        }

        @Override
        public Optional<String> endCell() throws EngineCommandException {
            Object answer = send(CELL_END, null);
            if (answer != null && !(answer instanceof String)) {
                throw unexpected(CELL_END, answer);
            }
            return Optional.ofNullable((String) answer);
        }

        @Override
        public void interruptCell() throws EngineCommandException {
            send(INTERRUPT_CELL, null);
        }

        @Override
        public HeapUse memory() throws EngineCommandException {
            Object answer = send(MEMORY, null);
            if (!(answer instanceof long[] heap) || heap.length != 3) {
                throw unexpected(MEMORY, answer);
            }
            return new HeapUse(heap[0], heap[1], heap[2]);
        }

        @Override
        public ThreadTable threads() throws EngineCommandException {
            Object answer = send(THREADS, null);
            if (!(answer instanceof List<?> rows)) {
                throw unexpected(THREADS, answer);
            }
            List<ThreadRow> threads = new ArrayList<>();
            List<ProcessRow> processes = new ArrayList<>();
            boolean inProcesses = false;
            try {
                for (Object row : rows) {
                    if (row == null) {
                        inProcesses = true;
                    } else if (inProcesses) {
                        Object[] p = (Object[]) row;
                        processes.add(new ProcessRow((Long) p[0], (String) p[1], (Integer) p[2]));
                    } else {
                        Object[] t = (Object[]) row;
                        threads.add(new ThreadRow((String) t[0], (String) t[1], (String) t[2], (Integer) t[3],
                                (StackTraceElement) t[4], (StackTraceElement) t[5]));
                    }
                }
            } catch (ClassCastException | ArrayIndexOutOfBoundsException | NullPointerException e) {
                throw new EngineCommandException("the engine answered " + THREADS + " with a row of another shape", e);
            }
            return new ThreadTable(threads, processes);
        }

        private static Map<String, String> strings(Map<?, ?> map) {
            Map<String, String> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(String.valueOf(k), String.valueOf(v)));
            return copy;
        }

        private static EngineCommandException unexpected(String command, Object answer) {
            return new EngineCommandException("the engine answered the " + command + " question with " + answer);
        }
    }
}
