package dev.threadlab.toolkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

final class LeftBehindTest {

    @Test
    void nothingLeftSaysNothing() {
        assertEquals(List.of(), LeftBehind.notes(List.of(), List.of()));
    }

    @Test
    void threadsWaitingForTheSameLockAreNamedInOnePhraseAndCountedEach() {
        List<String> blocked = List.of(
                "caller 1 waits for account A, held by caller 2",
                "caller 2 waits for account B, held by caller 1",
                "caller 3 waits for account A, held by caller 2",
                "caller 4 waits for account A, held by caller 2",
                "caller 5 waits for account A, held by caller 2",
                "worker WAITING in CountDownLatch.await, called from runAll",
                "reader 1 waits for lock R, held by writer",
                "reader 2 waits for lock R, held by writer");

        assertEquals(List.of("8 threads your answer's code runs on are still blocked, and the check could not end them: "
                + "caller 1, caller 3, caller 4 and 1 more wait for account A, held by caller 2; caller 2 waits for "
                + "account B, held by caller 1; worker WAITING in CountDownLatch.await, called from runAll; and 1 more. They stay "
                + "until you run %reset (a fresh Java engine: run the set-up cells again after it)."),
                LeftBehind.notes(List.of(), blocked));
    }

    @Test
    void twoThreadsWaitingForOneLockAreJoinedWithAnd() {
        List<String> notes = LeftBehind.notes(List.of(), List.of("reader 1 waits for lock R, held by writer",
                "reader 2 waits for lock R, held by writer"));

        assertEquals("2 threads your answer's code runs on are still blocked, and the check could not end them: reader 1"
                + " and reader 2 wait for lock R, held by writer.", notes.getFirst().split(" They stay")[0]);
    }

    @Test
    void executorsAreNamedOnceEachKindWithWhatToDo() {
        String pool = "a fixed pool of 2 threads (Executors.newFixedThreadPool(2))";

        assertEquals(List.of("Your answer left an executor open (" + pool + "); the check ended its threads. An executor "
                + "nobody closes keeps its threads alive: close it when you are done; try (ExecutorService pool = …) "
                + "{ … } does, and waits for its tasks."), LeftBehind.notes(List.of(pool), List.of()));
        assertEquals("Your answer left 3 executors open (" + pool + " each); the check ended their threads.",
                LeftBehind.notes(List.of(pool, pool, pool), List.of()).getFirst().split(" An executor")[0]);
    }
}
