package dev.threadlab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import jdk.jshell.spi.ExecutionControl;
import jdk.jshell.spi.ExecutionControl.EngineTerminationException;
import org.junit.jupiter.api.Test;

/** The control JShell holds while its engine starts: what it keeps, what waits, what fails and how. */
final class PendingControlTest {

    @Test
    void classPathAddedBeforeTheEngineIsUpIsSentBeforeItsFirstCommand() throws Exception {
        CompletableFuture<Recording> ready = new CompletableFuture<>();
        PendingControl pending = new PendingControl(ready);

        pending.addToClasspath("/lib/toolkit.jar");
        pending.addToClasspath("/lib/extra.jar");
        Recording engine = new Recording();
        ready.complete(engine);
        String value = pending.invoke("REPL.$JShell$1", "do_it$");
        pending.addToClasspath("/lib/later.jar");

        assertEquals("2", value);
        assertEquals(List.of("addToClasspath /lib/toolkit.jar", "addToClasspath /lib/extra.jar",
                "invoke REPL.$JShell$1.do_it$", "addToClasspath /lib/later.jar"), engine.calls);
    }

    @Test
    void aCommandWaitsForTheEngine() throws Exception {
        CompletableFuture<Recording> ready = new CompletableFuture<>();
        PendingControl pending = new PendingControl(ready);
        Recording engine = new Recording();

        CompletableFuture<String> value = CompletableFuture.supplyAsync(() -> {
            try {
                return pending.varValue("REPL.$JShell$2", "x");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(50);
        assertFalse(value.isDone(), "answered before the engine was up");
        ready.complete(engine);

        assertEquals("2", value.get(10, TimeUnit.SECONDS));
        assertEquals(List.of("varValue REPL.$JShell$2.x"), engine.calls);
    }

    @Test
    void anEngineThatDidNotStartFailsEveryCommandWithWhy() {
        CompletableFuture<Recording> ready = new CompletableFuture<>();
        PendingControl pending = new PendingControl(ready);
        ready.completeExceptionally(new IOException("no answer from the engine within 60 s"));

        EngineTerminationException failed = assertThrows(EngineTerminationException.class,
                () -> pending.load(new ExecutionControl.ClassBytecodes[0]));
        assertEquals("the Java engine did not start: no answer from the engine within 60 s", failed.getMessage());
        assertThrows(EngineTerminationException.class, () -> pending.addToClasspath("/lib/toolkit.jar"));
    }

    @Test
    void stopBeforeTheEngineIsUpReturnsAtOnceAndCloseEndsTheEngineWhenItComes() throws Exception {
        CompletableFuture<Recording> ready = new CompletableFuture<>();
        PendingControl pending = new PendingControl(ready);

        assertTimeoutPreemptively(Duration.ofSeconds(5), pending::stop);
        pending.close();
        Recording engine = new Recording();
        ready.complete(engine);

        assertEquals(List.of("close"), engine.calls);
    }

    /** An engine that records the commands it got and answers every value with "2". */
    private static final class Recording implements ExecutionControl {
        final List<String> calls = Collections.synchronizedList(new ArrayList<>());

        @Override public void load(ClassBytecodes[] classes) {
            calls.add("load " + classes.length);
        }

        @Override public void redefine(ClassBytecodes[] classes) {
            calls.add("redefine " + classes.length);
        }

        @Override public String invoke(String className, String methodName) {
            calls.add("invoke " + className + "." + methodName);
            return "2";
        }

        @Override public String varValue(String className, String varName) {
            calls.add("varValue " + className + "." + varName);
            return "2";
        }

        @Override public void addToClasspath(String path) {
            calls.add("addToClasspath " + path);
        }

        @Override public void stop() {
            calls.add("stop");
        }

        @Override public Object extensionCommand(String command, Object arg) {
            calls.add("extension " + command);
            return null;
        }

        @Override public void close() {
            calls.add("close");
        }
    }
}
