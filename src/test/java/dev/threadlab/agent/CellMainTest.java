package dev.threadlab.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

final class CellMainTest {

    private static final long WAIT_MILLIS = 10_000;
    private final CellMain main = new CellMain();

    @Test
    void everySnippetOfACellRunsOnTheSameThreadNamedMainAndTheNextCellOnAFreshOne() {
        AtomicReference<Thread> first = new AtomicReference<>();
        main.beginCell();
        main.run(() -> {
            first.set(Thread.currentThread());
            return "";
        });
        CellMain.Outcome second = main.run(() -> Thread.currentThread() == first.get() ? "same" : "other");
        assertEquals("same", second.value());
        assertEquals(CellMain.THREAD_NAME, first.get().getName());
        main.endCell();
        assertFalse(first.get().isAlive(), "the cell's main thread ends with the cell");
        main.beginCell();
        AtomicReference<Thread> next = new AtomicReference<>();
        main.run(() -> {
            next.set(Thread.currentThread());
            return "";
        });
        main.endCell();
        assertNotSame(first.get(), next.get());
    }

    @Test
    void theInterruptFlagCarriesFromOneSnippetToTheNext() {
        main.beginCell();
        main.run(() -> {
            Thread.currentThread().interrupt();
            return "";
        });
        assertEquals("true", main.run(() -> Boolean.toString(Thread.interrupted())).value());
        main.endCell();
    }

    @Test
    void interruptingTheCallerDoesNotEndItsWaitForTheSnippet() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        AtomicReference<CellMain.Outcome> outcome = new AtomicReference<>();
        main.beginCell();
        Thread caller = new Thread(() -> outcome.set(main.run(() -> {
            started.countDown();
            assertTrue(finish.await(WAIT_MILLIS, TimeUnit.MILLISECONDS));
            return "finished";
        })), "caller");
        caller.start();
        assertTrue(started.await(WAIT_MILLIS, TimeUnit.MILLISECONDS));
        caller.interrupt();
        caller.join(200);
        assertTrue(caller.isAlive(), "the caller still waits for the running snippet");
        finish.countDown();
        caller.join(WAIT_MILLIS);
        assertEquals("finished", outcome.get().value());
        main.endCell();
    }

    @Test
    void whatASnippetThrowsIsItsOutcomeUnwrapped() {
        main.beginCell();
        CellMain.Outcome outcome = main.run(() -> {
            throw new InvocationTargetException(new IllegalStateException("from the cell"));
        });
        assertInstanceOf(IllegalStateException.class, outcome.failure());
        main.endCell();
    }

    @Test
    void codeRunOutsideACellGetsAMainThreadOfItsOwnThatEnds() {
        AtomicReference<Thread> ran = new AtomicReference<>();
        main.run(() -> {
            ran.set(Thread.currentThread());
            return "";
        });
        assertSame(CellMain.THREAD_NAME, ran.get().getName());
        assertFalse(ran.get().isAlive());
    }
}
