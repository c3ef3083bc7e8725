package dev.threadlab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.util.Map;
import jdk.jshell.execution.Util;
import jdk.jshell.spi.ExecutionControl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Extension commands from the kernel's {@link EngineControl} through the JDK's own engine-side forwarder
 * ({@code Util.forwardExecutionControl}), as an engine serves them: the answer comes back, and each failure of
 * the engine's handler arrives as the exception JShell's protocol gives it, with the connection still good for
 * the next command. (On JDK 21, JShell's own {@code StreamingExecutionControl} sent no extension command at
 * all: every engine command failed with "extensionCommand not implemented". Run these with
 * {@code -Djvm=/path/to/jdk21/bin/java} to see it there.)
 */
@Timeout(30)
final class ExtensionCommandTest {

    private ObjectOutputStream toEngine;
    private Thread forwarder;
    private EngineControl control;

    @BeforeEach
    void connectAForwarder() throws IOException {
        PipedOutputStream commands = new PipedOutputStream();
        PipedInputStream engineReads = new PipedInputStream(commands, 1 << 16);
        PipedOutputStream answers = new PipedOutputStream();
        PipedInputStream kernelReads = new PipedInputStream(answers, 1 << 16);
        toEngine = new ObjectOutputStream(commands);
        toEngine.flush();
        ObjectOutputStream engineWrites = new ObjectOutputStream(answers);
        engineWrites.flush();
        ObjectInputStream fromEngine = new ObjectInputStream(kernelReads);
        control = new EngineControl(toEngine, fromEngine, null, false); // no engine process: commands only
        forwarder = Thread.ofPlatform().daemon().start(() -> {
            try {
                Util.forwardExecutionControl(new Handler(), new ObjectInputStream(engineReads), engineWrites);
            } catch (IOException e) {
                // the test closed the connection
            }
        });
    }

    @AfterEach
    void close() throws Exception {
        try {
            toEngine.close();
        } catch (IOException e) {
            // the engine had ended
        }
        forwarder.join(5_000);
    }

    @Test
    void theEnginesAnswerComesBackAsSent() throws Exception {
        // arguments of JDK types; answers come packed in a string (wire.EngineCommandCodec)
        assertEquals("rO0ABXQAATQ=", control.extensionCommand("echo", new Object[] {Map.of("text/plain", "4"), "rO0ABXQAATQ="}));
        assertEquals(null, control.extensionCommand("echo", null));
    }

    @Test
    void failuresArriveAsJShellsExceptionsAndTheConnectionGoesOn() throws Exception {
        var failed = assertThrows(ExecutionControl.InternalException.class,
                () -> control.extensionCommand("fail", "cellEnd needs nothing"));
        assertEquals("cellEnd needs nothing", failed.getMessage());
        var unknown = assertThrows(ExecutionControl.NotImplementedException.class,
                () -> control.extensionCommand("nobody", null));
        assertTrue(unknown.getMessage().contains("nobody"), unknown.getMessage());
        assertThrows(ExecutionControl.StoppedException.class, () -> control.extensionCommand("stop", null));

        assertEquals("still here", control.extensionCommand("echo", "still here"));
    }

    @Test
    void anEngineThatEndsIsTerminationNotAHang() throws Exception {
        var ended = assertThrows(ExecutionControl.EngineTerminationException.class,
                () -> control.extensionCommand("crash", null));
        assertTrue(ended.getMessage().contains("engine crashed"), ended.getMessage());

        forwarder.join(5_000);
        var gone = assertThrows(ExecutionControl.EngineTerminationException.class,
                () -> control.extensionCommand("echo", 1));
        assertTrue(gone.getMessage().contains("echo"), gone.getMessage());
    }

    /** An engine's execution control that serves a few extension commands. */
    private static final class Handler implements ExecutionControl {

        @Override
        public Object extensionCommand(String command, Object arg) throws RunException, InternalException {
            return switch (command) {
                case "echo" -> arg instanceof Object[] pair ? pair[1] : arg;
                case "fail" -> throw new InternalException((String) arg);
                case "stop" -> throw new StoppedException();
                case "crash" -> throw new IllegalStateException("engine crashed");
                default -> throw new NotImplementedException("no command " + command);
            };
        }

        @Override
        public void load(ClassBytecodes[] cbcs) {
        }

        @Override
        public void redefine(ClassBytecodes[] cbcs) {
        }

        @Override
        public String invoke(String className, String methodName) {
            return "";
        }

        @Override
        public String varValue(String className, String varName) {
            return "";
        }

        @Override
        public void addToClasspath(String path) {
        }

        @Override
        public void stop() {
        }

        @Override
        public void close() {
        }
    }
}
