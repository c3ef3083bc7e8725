package dev.threadlab.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

final class ShellActivityTest {

    private final ShellActivity shell = new ShellActivity();
    private final AtomicInteger ran = new AtomicInteger();

    @Test
    void whenTheShellIsIdleNothingWaitsAndTheCallerAnswersAtOnce() {
        assertFalse(shell.whenCurrentEnds(Duration.ofMinutes(1), ran::incrementAndGet));
        shell.begin();
        shell.end();
        assertEquals(0, ran.get());
    }

    @Test
    void theAnswerWaitsForTheRequestRunningNowAndNotForTheNextOne() {
        shell.begin();
        assertTrue(shell.whenCurrentEnds(Duration.ofMinutes(1), ran::incrementAndGet));
        assertEquals(0, ran.get(), "answered while the cell still ran");
        shell.end();
        assertEquals(1, ran.get());
        shell.begin();
        shell.end();
        assertEquals(1, ran.get(), "answered twice");
    }

    @Test
    void aRequestThatSentItsReplyIsNoLongerBusyThoughItsInterruptStillWaitsForItsEnd() {
        shell.begin();
        assertTrue(shell.busy());
        assertTrue(shell.whenCurrentEnds(Duration.ofMinutes(1), ran::incrementAndGet));
        shell.answered();
        assertFalse(shell.busy(), "an interrupt arriving now is for the next cell, not for this one");
        assertTrue(shell.whenCurrentEnds(Duration.ofMinutes(1), ran::incrementAndGet));
        assertEquals(0, ran.get(), "answered before the request ended");
        shell.end();
        assertEquals(2, ran.get());
        shell.begin();
        assertTrue(shell.busy(), "the next request is busy again");
        shell.end();
    }

    @Test
    void aCellThatNeverEndsGetsItsInterruptAnsweredAfterTheTimeoutOnceOnly() throws InterruptedException {
        CountDownLatch answered = new CountDownLatch(1);
        shell.begin();
        assertTrue(shell.whenCurrentEnds(Duration.ofMillis(50), () -> {
            ran.incrementAndGet();
            answered.countDown();
        }));
        assertTrue(answered.await(10, TimeUnit.SECONDS), "never answered");
        shell.end();
        assertEquals(1, ran.get());
    }

    @Test
    void aFailingAnswerDoesNotStopTheShell() {
        shell.begin();
        shell.whenCurrentEnds(Duration.ofMinutes(1), () -> {
            throw new IllegalStateException("publisher closed");
        });
        shell.end();
        assertFalse(shell.busy());
    }
}
