package dev.threadlab.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.threadlab.display.MimeBundle;
import dev.threadlab.wire.ThreadTable.ProcessRow;
import dev.threadlab.wire.ThreadTable.ThreadRow;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jdk.jshell.spi.ExecutionControl;
import org.junit.jupiter.api.Test;

/**
 * The engine's commands go through Java serialization as JShell sends them and come back typed: the kernel's
 * client and the agent's server agree on every command, and a failure on either side is an
 * {@link EngineCommandException}.
 */
final class EngineCommandsTest {

    /** What the agent's side saw and answers. */
    private static final class Engine implements EngineCommands {
        final List<String> calls = new ArrayList<>();

        @Override public Optional<MimeBundle> render(String variable) {
            calls.add("render " + variable);
            return variable.equals("chart")
                    ? Optional.of(new MimeBundle(Map.of("text/html", "<b>1</b>"), Map.of("text/html", "{}")))
                    : Optional.empty();
        }

        @Override public void beginCell(int tag, int executionCount) {
            calls.add("begin " + tag + " " + executionCount);
        }

        @Override public void refuseChecks(String reason) {
            calls.add("refuse " + reason);
        }

        @Override public void explainUnresolved(Map<String, String> whyBySnippetId) {
            calls.add("unresolved " + whyBySnippetId);
        }

        @Override public Optional<String> endCell() {
            calls.add("end");
            return Optional.of("⚠ Still running from this cell: 1 thread");
        }

        @Override public void interruptCell() {
            calls.add("interrupt");
        }

        @Override public HeapUse memory() {
            return new HeapUse(1, 2, 3);
        }

        @Override public ThreadTable threads() {
            StackTraceElement frame = new StackTraceElement("REPL.$JShell$3", "run", "#3", 2);
            return new ThreadTable(List.of(new ThreadRow("worker", "WAITING", "platform", 3, frame, frame),
                    new ThreadRow("… and 2 more", "", "", null, null, null)),
                    List.of(new ProcessRow(42, "sleep 60", null)));
        }
    }

    /** A client whose commands reach {@code engine} through serialization, as over the engine's connection. */
    private static EngineCommands connectedTo(EngineCommands engine) {
        return EngineCommands.over((command, argument) -> {
            try {
                return roundTrip(EngineCommands.serve(engine, command, roundTrip(argument, null)), JDK_21_JSHELL);
            } catch (EngineCommandException e) {
                throw new ExecutionControl.InternalException(e.getMessage());
            }
        });
    }

    /**
     * What JDK 21's JShell lets the kernel's end of the connection read: no object but strings (which no filter
     * sees), stack frames and booleans.
     */
    private static final ObjectInputFilter JDK_21_JSHELL = info -> {
        Class<?> type = info.serialClass();
        while (type != null && type.isArray()) {
            type = type.componentType();
        }
        return type == null || type == StackTraceElement.class || type == boolean.class
                ? ObjectInputFilter.Status.ALLOWED : ObjectInputFilter.Status.REJECTED;
    };

    private static Object roundTrip(Object value, ObjectInputFilter filter) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
                out.writeObject(value);
            }
            try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
                if (filter != null) {
                    in.setObjectInputFilter(filter);
                }
                return in.readObject();
            }
        } catch (IOException | ClassNotFoundException e) {
            throw new AssertionError("not serializable as JShell sends it: " + value, e);
        }
    }

    @Test
    void everyCommandReachesTheEngineAndComesBackTyped() throws EngineCommandException {
        Engine engine = new Engine();
        EngineCommands client = connectedTo(engine);

        client.beginCell(7, 3);
        client.refuseChecks("your latest gather did not compile");
        client.explainUnresolved(Map.of("7", "gather cannot be used until variable excutor is declared"));
        assertEquals(Optional.of(new MimeBundle(Map.of("text/html", "<b>1</b>"), Map.of("text/html", "{}"))),
                client.render("chart"));
        assertEquals(Optional.empty(), client.render("plain"));
        client.interruptCell();
        assertEquals(Optional.of("⚠ Still running from this cell: 1 thread"), client.endCell());
        assertEquals(new HeapUse(1, 2, 3), client.memory());
        assertEquals(engine.threads(), client.threads());
        assertEquals(List.of("begin 7 3", "refuse your latest gather did not compile",
                "unresolved {7=gather cannot be used until variable excutor is declared}", "render chart", "render plain", "interrupt", "end"), engine.calls);
    }

    @Test
    void anAnswerHoldingAClassNoAnswerHasIsRefusedUnread() {
        EngineCommands client = EngineCommands.over((command, argument) ->
                EngineCommandCodec.packed(new Object[] {new LinkedHashMap<>(Map.of("text/plain", "1")),
                        new LinkedHashMap<>(Map.of("text/plain", new java.util.Date(0)))}));

        EngineCommandException refused = assertThrows(EngineCommandException.class, () -> client.render("chart"));
        assertTrue(refused.getMessage().contains("render") && refused.getMessage().contains("could not be read"),
                refused.getMessage());
        EngineCommands unpacked = EngineCommands.over((command, argument) -> new long[] {1, 2, 3});
        assertTrue(assertThrows(EngineCommandException.class, unpacked::memory).getMessage().contains("packed answer"));
    }

    @Test
    void aFailureInTheEngineIsAnEngineCommandExceptionNamingTheCommand() {
        EngineCommands client = EngineCommands.over((command, argument) -> {
            throw new ExecutionControl.InternalException("mimeBundle() of Chart threw java.lang.StackOverflowError");
        });
        EngineCommandException e = assertThrows(EngineCommandException.class, () -> client.render("chart"));
        assertTrue(e.getMessage().startsWith("render failed in the engine: mimeBundle() of Chart threw"), e.getMessage());
    }

    @Test
    void anAnswerOfAnotherShapeIsAnEngineCommandException() {
        EngineCommands client = EngineCommands.over((command, argument) -> EngineCommandCodec.packed("not a heap"));
        EngineCommandException e = assertThrows(EngineCommandException.class, client::memory);
        assertEquals("the engine answered the memory question with not a heap", e.getMessage());
    }

    @Test
    void theEngineRefusesACellStartWithoutTagAndCount() {
        EngineCommandException e = assertThrows(EngineCommandException.class,
                () -> EngineCommands.serve(new Engine(), "cellBegin", "3"));
        assertEquals("cellBegin needs int[]{tag, executionCount}, was 3", e.getMessage());
        assertTrue(EngineCommands.handles("cellBegin") && !EngineCommands.handles("jshellsOwn"));
    }
}
