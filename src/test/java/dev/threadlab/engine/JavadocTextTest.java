package dev.threadlab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Javadoc as an inspection shows it: links as the names they link to, code as written. */
final class JavadocTextTest {

    @Test
    void aLinkShowsTheNameItLinksToWithTheDocumentedClassForItsOwnMembers() {
        assertEquals("have acquired that permit by calling Semaphore.acquire.",
                JavadocText.plain(" have acquired that permit by calling {@link #acquire}.", "Semaphore"));
        assertEquals("see Semaphore.acquire(int) and List", JavadocText.plain(
                " see {@link java.util.concurrent.Semaphore#acquire(int)} and {@linkplain java.util.List}", "Thread"));
        assertEquals("the permits you asked for", JavadocText.plain(" {@link #acquire(int) the permits you asked for}", "X"));
        assertEquals("call acquire", JavadocText.plain(" call {@link #acquire}", ""));
    }

    @Test
    void codeKeepsItsBracesAndLinesAndEachCommentLineLosesItsLeadingSpace() {
        String javadoc = String.join("\n", " Records what ran.", "", " <pre>{@code", " Timeline timeline = new Timeline();",
                " try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {",
                "     executor.submit(() -> Work.io(d));", " }", " }</pre>",
                " Blocks for {@code duration}; a {@code Map<K, V>} is &lt;fine&gt;.",
                " @throws CancellationException if interrupted");
        assertEquals("""
                Records what ran.

                Timeline timeline = new Timeline();
                try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
                    executor.submit(() -> Work.io(d));
                }
                Blocks for duration; a Map<K, V> is <fine>.
                @throws CancellationException if interrupted""", JavadocText.plain(javadoc, "Timeline"));
    }

    @Test
    void theOwnerIsTheClassOfAMethodFieldOrConstructorOrTheTypeItself() {
        assertEquals("Semaphore", JavadocText.owner("void Semaphore.acquire()"));
        assertEquals("Work", JavadocText.owner("void Work.io(Duration duration)"));
        assertEquals("Timeline", JavadocText.owner("dev.threadlab.toolkit.Timeline"));
        assertEquals("Semaphore", JavadocText.owner("java.util.concurrent.Semaphore(int permits)"));
        assertEquals("Timing", JavadocText.owner("dev.threadlab.toolkit.Timing<T>(T value, Duration wall)"));
        assertEquals("Collections", JavadocText.owner("<T> java.util.List<T> Collections.nCopies(int n, T o)"));
        assertEquals("Thread", JavadocText.owner("Thread.MAX_PRIORITY:int"));
    }

    @Test
    void textThatOnlyLooksLikeATagIsKept() {
        assertEquals("a {@ b and {@code unclosed", JavadocText.plain(" a {@ b and {@code unclosed", ""));
    }
}
