package dev.threadlab.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.threadlab.wire.ThrownLink;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import jdk.jshell.spi.ExecutionControl.UserException;
import org.junit.jupiter.api.Test;

final class ThrownChainTest {

    /** Each entry of the chain as "ROLE depth ClassName: message". */
    private static List<String> entries(Throwable thrown) {
        List<String> entries = new ArrayList<>();
        for (Throwable t = ThrownChain.of(thrown); t != null; t = t.getCause()) {
            ThrownLink link = ThrownLink.decode(((UserException) t).causeExceptionClass());
            entries.add(link.role() + " " + link.depth() + " " + link.className() + ": " + t.getMessage());
        }
        return entries;
    }

    @Test
    void anAnonymousExceptionIsSentAsTheClassItExtendsNotAsJavasNumberedName() {
        var thrown = new IllegalStateException("outer", new RuntimeException("x") {});
        assertEquals(List.of(
                "CAUSE 0 java.lang.IllegalStateException: outer",
                "CAUSE 0 anonymous RuntimeException: x"), entries(thrown));
    }

    @Test
    void aCauseCycleEndsAtTheExceptionSeenBeforeWithItsOwnMessage() {
        var a = new RuntimeException("A");
        var b = new RuntimeException("B", a);
        a.initCause(b);
        assertEquals(List.of(
                "CAUSE 0 java.lang.RuntimeException: B",
                "CAUSE 0 java.lang.RuntimeException: A",
                "CIRCULAR_CAUSE 0 java.lang.RuntimeException: B"), entries(b));
    }

    @Test
    void suppressedExceptionsComeBeforeTheCauseOneLevelDeeperWithTheirOwnCauses() {
        var top = new IllegalStateException("top", new IllegalArgumentException("cause"));
        top.addSuppressed(new IOException("close failed", new IllegalStateException("disk")));
        assertEquals(List.of(
                "CAUSE 0 java.lang.IllegalStateException: top",
                "SUPPRESSED 1 java.io.IOException: close failed",
                "CAUSE 1 java.lang.IllegalStateException: disk",
                "CAUSE 0 java.lang.IllegalArgumentException: cause"), entries(top));
    }

    @Test
    void suppressedExceptionsThatSuppressEachOtherAreShownOnce() {
        var first = new RuntimeException("first");
        var second = new RuntimeException("second");
        first.addSuppressed(second);
        second.addSuppressed(first);
        assertEquals(List.of(
                "CAUSE 0 java.lang.RuntimeException: first",
                "SUPPRESSED 1 java.lang.RuntimeException: second",
                "CIRCULAR_SUPPRESSED 2 java.lang.RuntimeException: first"), entries(first));
    }

    @Test
    void aLongListOfSuppressedExceptionsShowsItsFirstAndCountsTheRest() {
        var many = new RuntimeException("many");
        for (int i = 0; i < 1000; i++) {
            many.addSuppressed(new RuntimeException("s" + i));
        }
        List<String> entries = entries(many);
        assertEquals(ThrownChain.MAX_SUPPRESSED + 2, entries.size(), entries.toString());
        assertEquals("SUPPRESSED 1 java.lang.RuntimeException: s0", entries.get(1));
        assertEquals("NOT_SHOWN 1 : 995 more suppressed exceptions are not shown", entries.getLast());
    }

    @Test
    void aChainOfManyCausesIsCutWithANote() {
        Throwable deepest = new RuntimeException("0");
        for (int i = 1; i < 10_000; i++) {
            deepest = new RuntimeException(Integer.toString(i), deepest);
        }
        List<String> entries = entries(deepest);
        assertEquals(ThrownChain.MAX_ENTRIES, entries.size());
        assertEquals("NOT_SHOWN 0 : more causes and suppressed exceptions are not shown: the first 39 are above",
                entries.getLast());
    }

    @Test
    void aMessageThatCannotBeReadIsSaidSoAndTheCauseStillShows() {
        var broken = new IllegalStateException(new IOException("under")) {
            @Override
            public String getMessage() {
                return getMessage();
            }
        };
        List<String> entries = entries(broken);
        assertEquals("anonymous IllegalStateException: (its message could not be read: java.lang.StackOverflowError)",
                entries.get(0).substring("CAUSE 0 ".length()));
        assertEquals("CAUSE 0 java.io.IOException: under", entries.get(1));
    }
}
