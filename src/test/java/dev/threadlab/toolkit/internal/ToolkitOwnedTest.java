package dev.threadlab.toolkit.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.ThreadFactory;
import org.junit.jupiter.api.Test;

final class ToolkitOwnedTest {

    @Test
    void threadsCreatedWhileTheToolkitStartsSomethingAreItsOwnAndLaterOnesAreNot() {
        Thread before = Thread.ofPlatform().unstarted(() -> { });
        Thread during = ToolkitOwned.startingThreads(() -> Thread.ofVirtual().unstarted(() -> { }));
        Thread after = Thread.ofPlatform().unstarted(() -> { });

        assertTrue(ToolkitOwned.owns(during));
        assertFalse(ToolkitOwned.owns(before));
        assertFalse(ToolkitOwned.owns(after));
    }

    @Test
    void aFactoryOrAThreadHandedOverMarksItsThreads() {
        ThreadFactory factory = ToolkitOwned.factory(Thread.ofVirtual().factory());
        assertTrue(ToolkitOwned.owns(factory.newThread(() -> { })));
        Thread reader = Thread.ofPlatform().unstarted(() -> { });
        assertFalse(ToolkitOwned.owns(reader));
        ToolkitOwned.thread(reader);
        assertTrue(ToolkitOwned.owns(reader));
    }

    @Test
    void aProcessIsTheToolkitsUntilItExits() throws Exception {
        Process sleeper = new ProcessBuilder("sleep", "30").start();
        try {
            assertFalse(ToolkitOwned.ownsProcess(sleeper.pid()));
            ToolkitOwned.process(sleeper);
            assertTrue(ToolkitOwned.ownsProcess(sleeper.pid()));
        } finally {
            sleeper.destroyForcibly();
        }
        sleeper.onExit().get(10, java.util.concurrent.TimeUnit.SECONDS);
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (ToolkitOwned.ownsProcess(sleeper.pid()) && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertFalse(ToolkitOwned.ownsProcess(sleeper.pid()), "forgotten once it exited");
    }
}
