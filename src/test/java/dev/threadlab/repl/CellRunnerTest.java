package dev.threadlab.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.threadlab.interpreter.ExecuteOutcome;
import dev.threadlab.testing.FakeInterpreter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.Test;

final class CellRunnerTest {

    @Test
    void ctrlCTypedWhileACellRunsInterruptsItAndTheRunnerGoesOn() throws Exception {
        PipedOutputStream keyboard = new PipedOutputStream();
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        FakeInterpreter interpreter = new FakeInterpreter();
        try (Terminal terminal = new DumbTerminal("test", "xterm", new PipedInputStream(keyboard), screen,
                StandardCharsets.UTF_8);
             Console console = new Console(terminal, new Theme(false), false);
             CellRunner runner = new CellRunner(interpreter, console, new Inbox())) {
            CellOutputs outputs = new CellOutputs();
            CompletableFuture<Void> typing = CompletableFuture.runAsync(() -> {
                try {
                    assertTrue(interpreter.blocking.await(60, TimeUnit.SECONDS), "the cell never started");
                    keyboard.write("x\003".getBytes(StandardCharsets.UTF_8));
                    keyboard.flush();
                } catch (IOException | InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            });
            ExecuteOutcome outcome = runner.run("block", 1, outputs);
            typing.get(60, TimeUnit.SECONDS);
            assertEquals("Interrupted", assertInstanceOf(ExecuteOutcome.Failed.class, outcome).ename());
            assertEquals("x", runner.takeTypedAhead(), "other keys typed meanwhile are kept for the REPL");
            assertTrue(runner.run("print after", 2, new CellOutputs()) instanceof ExecuteOutcome.Ok);
        }
        String shown = screen.toString(StandardCharsets.UTF_8);
        assertTrue(shown.contains("[1] ran in") && shown.contains("after"), shown);
    }
}
