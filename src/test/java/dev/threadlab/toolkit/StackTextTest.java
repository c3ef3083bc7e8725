package dev.threadlab.toolkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

final class StackTextTest {

    @Test
    void aRedefinedMethodsWrapperIsDroppedAsTheFirstOnesIs() {
        assertEquals("runAll", StackText.frame(new StackTraceElement("REPL.$JShell$17", "runAll", null, 3)));
        assertEquals("runAll", StackText.frame(new StackTraceElement("REPL.$JShell$17B", "runAll", null, 3)));
        assertEquals("Worker.run", StackText.frame(new StackTraceElement("REPL.$JShell$23C$Worker", "run", null, 3)));
        assertEquals("a lambda in runAll", StackText.frame(new StackTraceElement("REPL.$JShell$17D", "lambda$runAll$0", null, 3)));
    }

    @Test
    void messagesLoseTheWrappersToo() {
        assertEquals("class Worker cannot be cast", StackText.withoutWrappers("class REPL.$JShell$23AB$Worker cannot be cast"));
    }
}
