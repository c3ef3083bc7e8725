package dev.threadlab.toolkit;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.opentest4j.AssertionFailedError;

/**
 * The pipeline probe against the crawlers learners write ("fetch at most maxInFlight pages at once, analyse them
 * on a pool for computing, leave nothing running"): each mistake named, each right answer passing. The crawlers
 * are the static methods at the end.
 */
final class CrawlProbeTest {

    private static final Duration SHORT = Duration.ofMillis(300);
    private static final List<String> PAGES = IntStream.rangeClosed(1, 7).mapToObj(i -> "page " + i).toList();

    private interface Crawler {
        Map<String, Integer> crawl(List<String> pages, Function<String, String> fetch,
                Function<String, Integer> analyze, int maxInFlight) throws Exception;
    }

    private static CrawlProbe watch(Crawler crawler, int limit) throws Throwable {
        CrawlProbe probe = CrawlProbe.of("crawl", limit).fill().patience(SHORT);
        Function<String, String> fetch = probe.fetch(PAGES, page -> "<" + page + ">");
        Function<String, Integer> analyze = probe.analyze(String::length);
        Map<String, Integer> got = probe.call(() -> crawler.crawl(PAGES, fetch, analyze, limit));
        Map<String, Integer> expected = new java.util.HashMap<>();
        PAGES.forEach(p -> expected.put(p, ("<" + p + ">").length()));
        assertEquals(expected, got);
        return probe;
    }

    @Test
    void aSemaphoreBoundedCrawlerWithACpuPoolPassesEveryAssertion() throws Throwable {
        CrawlProbe probe = watch(CrawlProbeTest::boundedWithCpuPool, 3);

        probe.assertFetchedEveryPageOnce().assertWithinBound().assertReachedBound()
                .assertAnalysisOffFetchThreads().assertLeftNothingRunning();
        assertEquals(3, probe.peak());
    }

    @Test
    void aLimitLargerThanThePagesNeedsOnlyEveryPageAtOnce() throws Throwable {
        CrawlProbe probe = watch(CrawlProbeTest::boundedWithCpuPool, 20);

        probe.assertWithinBound().assertReachedBound();
        assertEquals(PAGES.size(), probe.peak());
    }

    @Test
    void anUnboundedCrawlerIsToldItsPeakAndTheLimit() throws Throwable {
        CrawlProbe probe = watch(CrawlProbeTest::unbounded, 2);

        probe.assertReachedBound();
        assertFails(probe::assertWithinBound, "but its limit (maxInFlight) was 2");
        assertTrue(probe.peak() > 2);
    }

    @Test
    void anUnboundedCrawlerWhoseLaterFetchesStartLateIsStillCaught() throws Throwable {
        // As on a crowded machine, or in an answer that paces itself: the first fetches are in flight, and nothing
        // new arrives for longer than a quiet moment, yet the answer has not stopped starting fetches.
        CrawlProbe probe = CrawlProbe.of("crawl", 2).fill().patience(Duration.ofSeconds(10));
        List<String> four = PAGES.subList(0, 4);
        Function<String, String> fetch = probe.fetch(four, page -> "<" + page + ">");
        Function<String, Integer> analyze = probe.analyze(String::length);
        probe.call(() -> pacedUnbounded(four, fetch, analyze, 2));

        assertFails(probe::assertWithinBound, "but its limit (maxInFlight) was 2");
    }

    @Test
    void fetchingOnTheCallerIsNamed() throws Throwable {
        CrawlProbe probe = watch(CrawlProbeTest::sequential, 3);

        probe.assertWithinBound().assertFetchedEveryPageOnce();
        assertFails(probe::assertReachedBound, "fetched every page on the thread that called it");
        assertFails(probe::assertAnalysisOffFetchThreads, "on threads that also fetched");
    }

    @Test
    void aPoolSmallerThanTheLimitIsTold() throws Throwable {
        CrawlProbe probe = watch((pages, fetch, analyze, limit) -> onePool(pages, fetch, analyze, 2), 3);

        assertFails(probe::assertReachedBound, "had at most 2 fetches in flight at once although 3 were allowed");
        assertFails(probe::assertAnalysisOffFetchThreads, "on threads that also fetched");
        probe.assertLeftNothingRunning();
    }

    @Test
    void analysisOnVirtualThreadsIsNamed() throws Throwable {
        CrawlProbe probe = watch(CrawlProbeTest::allVirtual, 3);

        probe.assertWithinBound().assertReachedBound();
        assertFails(probe::assertAnalysisOffFetchThreads, " virtual threads: virtual threads are for waiting");
        AssertionError e = assertThrows(AssertionError.class, probe::assertAnalysisOffFetchThreads);
        assertTrue(e.getMessage().matches("crawl ran the analysis \\(CPU work\\) on \\d+ virtual threads: .*"), e.getMessage());
    }

    @Test
    void analysisOnTheCallerIsNamed() throws Throwable {
        CrawlProbe probe = watch(CrawlProbeTest::analysedByTheCaller, 3);

        probe.assertWithinBound().assertReachedBound().assertLeftNothingRunning();
        assertFails(probe::assertAnalysisOffFetchThreads, "on the thread that called it");
    }

    @Test
    void aPoolNeverClosedIsLeftRunning() throws Throwable {
        CrawlProbe probe = watch(CrawlProbeTest::cpuPoolNeverClosed, 3);

        probe.assertAnalysisOffFetchThreads();
        assertFails(probe::assertLeftNothingRunning, "left 1 thread running after it returned");
    }

    @Test
    void analysesNotWaitedForAreNamedThoughTheMapFillsLater() throws Throwable {
        // The answer returns a map its pool fills afterwards: complete by the time a check reads it, but not when
        // crawl returned.
        CrawlProbe probe = CrawlProbe.of("crawl", 2);
        List<String> pages = List.of("a", "b", "c");
        Function<String, String> fetch = probe.fetch(pages, page -> page);
        Function<String, Integer> analyze = probe.analyze(body -> {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return body.length();
        });
        java.util.concurrent.ExecutorService cpu = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            Map<String, Integer> got = probe.call(() -> {
                Map<String, Integer> results = new java.util.concurrent.ConcurrentHashMap<>();
                for (String page : pages) {
                    String body = fetch.apply(page);
                    cpu.submit(() -> results.put(page, analyze.apply(body)));
                }
                cpu.shutdown();
                return results;
            });
            assertTrue(cpu.awaitTermination(5, java.util.concurrent.TimeUnit.SECONDS));
            assertEquals(Map.of("a", 1, "b", 1, "c", 1), got);

            assertFails(probe::assertFetchedEveryPageOnce, "returned before 3 of its 3 analyses had finished");
        } finally {
            cpu.shutdownNow();
        }
    }

    @Test
    void aPageFetchedTwiceIsNamed() throws Throwable {
        CrawlProbe probe = CrawlProbe.of("crawl", 2);
        Function<String, String> fetch = probe.fetch(List.of("a", "b"), page -> page);
        Function<String, Integer> analyze = probe.analyze(String::length);
        probe.call(() -> {
            fetch.apply("a");
            return analyze.apply(fetch.apply("a")) + analyze.apply(fetch.apply("b"));
        });

        assertFails(probe::assertFetchedEveryPageOnce, "fetched \"a\" more than once");
    }

    @Test
    void misuseIsAnExceptionThatNamesTheRule() {
        assertThrows(IllegalArgumentException.class, () -> CrawlProbe.of("crawl", 0));
        assertThrows(IllegalArgumentException.class, () -> CrawlProbe.of(" ", 1));
        CrawlProbe probe = CrawlProbe.of("crawl", 1);
        assertThrows(IllegalArgumentException.class, () -> probe.fetch(List.of("a", "a"), p -> p));
        IllegalStateException early = assertThrows(IllegalStateException.class, probe::assertWithinBound);
        assertTrue(early.getMessage().contains("call the answer first"), early.getMessage());
        CrawlProbe once = CrawlProbe.of("crawl", 1);
        assertDoesNotThrow(() -> once.call(() -> 1));
        assertThrows(IllegalStateException.class, () -> once.call(() -> 2));
    }

    private static void assertFails(Executable assertion, String expected) {
        AssertionFailedError e = assertThrows(AssertionFailedError.class, assertion);
        assertTrue(e.getMessage().contains(expected), () -> "expected «" + expected + "» in: " + e.getMessage());
    }

    // ---- crawlers learners write -------------------------------------------------------------------------

    /** Right: a virtual thread per page behind a semaphore; bodies analysed on a fixed pool of platform threads. */
    static Map<String, Integer> boundedWithCpuPool(List<String> pages, Function<String, String> fetch,
            Function<String, Integer> analyze, int maxInFlight) throws Exception {
        Semaphore permits = new Semaphore(maxInFlight);
        Map<String, Future<Integer>> results = new java.util.LinkedHashMap<>();
        try (ExecutorService cpu = Executors.newFixedThreadPool(2);
             ExecutorService io = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> fetches = new ArrayList<>();
            Map<String, CompletableFuture<Integer>> pending = new ConcurrentHashMap<>();
            for (String page : pages) {
                CompletableFuture<Integer> done = new CompletableFuture<>();
                pending.put(page, done);
                fetches.add(io.submit(() -> {
                    permits.acquire();
                    String body;
                    try {
                        body = fetch.apply(page);
                    } finally {
                        permits.release();
                    }
                    cpu.submit(() -> done.complete(analyze.apply(body)));
                    return null;
                }));
            }
            for (Future<?> f : fetches) {
                f.get();
            }
            for (String page : pages) {
                results.put(page, CompletableFuture.completedFuture(pending.get(page).get()));
            }
        }
        Map<String, Integer> out = new java.util.HashMap<>();
        for (var e : results.entrySet()) {
            out.put(e.getKey(), e.getValue().get());
        }
        return out;
    }

    /** Wrong: a virtual thread per page, no limit; analysis on a pool. */
    static Map<String, Integer> unbounded(List<String> pages, Function<String, String> fetch,
            Function<String, Integer> analyze, int maxInFlight) throws Exception {
        Map<String, Future<String>> bodies = new java.util.LinkedHashMap<>();
        Map<String, Integer> out = new java.util.HashMap<>();
        try (ExecutorService io = Executors.newVirtualThreadPerTaskExecutor()) {
            for (String page : pages) {
                bodies.put(page, io.submit(() -> fetch.apply(page)));
            }
            for (var e : bodies.entrySet()) {
                out.put(e.getKey(), analyze.apply(e.getValue().get()));
            }
        }
        return out;
    }

    /** Wrong: a virtual thread per page with no limit, started maxInFlight at a time with a pause in between. */
    static Map<String, Integer> pacedUnbounded(List<String> pages, Function<String, String> fetch,
            Function<String, Integer> analyze, int maxInFlight) throws Exception {
        Map<String, Future<String>> bodies = new java.util.LinkedHashMap<>();
        Map<String, Integer> out = new java.util.HashMap<>();
        try (ExecutorService io = Executors.newVirtualThreadPerTaskExecutor()) {
            for (String page : pages) {
                bodies.put(page, io.submit(() -> fetch.apply(page)));
                if (bodies.size() % maxInFlight == 0 && bodies.size() < pages.size()) {
                    Thread.sleep(1_000); // far longer than any quiet moment a check could wait for
                }
            }
            for (var e : bodies.entrySet()) {
                out.put(e.getKey(), analyze.apply(e.getValue().get()));
            }
        }
        return out;
    }

    /** Wrong: everything on the caller, one page after another. */
    static Map<String, Integer> sequential(List<String> pages, Function<String, String> fetch,
            Function<String, Integer> analyze, int maxInFlight) {
        Map<String, Integer> out = new java.util.HashMap<>();
        for (String page : pages) {
            out.put(page, analyze.apply(fetch.apply(page)));
        }
        return out;
    }

    /** Wrong: bounded fetches on virtual threads, every body analysed by the caller. */
    static Map<String, Integer> analysedByTheCaller(List<String> pages, Function<String, String> fetch,
            Function<String, Integer> analyze, int maxInFlight) throws Exception {
        Semaphore permits = new Semaphore(maxInFlight);
        Map<String, Future<String>> bodies = new java.util.LinkedHashMap<>();
        Map<String, Integer> out = new java.util.HashMap<>();
        try (ExecutorService io = Executors.newVirtualThreadPerTaskExecutor()) {
            for (String page : pages) {
                bodies.put(page, io.submit(() -> {
                    permits.acquire();
                    try {
                        return fetch.apply(page);
                    } finally {
                        permits.release();
                    }
                }));
            }
            for (var e : bodies.entrySet()) {
                out.put(e.getKey(), analyze.apply(e.getValue().get()));
            }
        }
        return out;
    }

    /** Wrong: one pool of a size of its own for fetch and analysis together. */
    static Map<String, Integer> onePool(List<String> pages, Function<String, String> fetch,
            Function<String, Integer> analyze, int size) throws Exception {
        Map<String, Future<Integer>> futures = new java.util.LinkedHashMap<>();
        Map<String, Integer> out = new java.util.HashMap<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(size)) {
            for (String page : pages) {
                futures.put(page, pool.submit(() -> analyze.apply(fetch.apply(page))));
            }
            for (var e : futures.entrySet()) {
                out.put(e.getKey(), e.getValue().get());
            }
        }
        return out;
    }

    /** Wrong: bounded fetches on virtual threads, analysis on virtual threads too. */
    static Map<String, Integer> allVirtual(List<String> pages, Function<String, String> fetch,
            Function<String, Integer> analyze, int maxInFlight) throws Exception {
        Semaphore permits = new Semaphore(maxInFlight);
        Map<String, Future<Integer>> futures = new java.util.LinkedHashMap<>();
        Map<String, Integer> out = new java.util.HashMap<>();
        try (ExecutorService io = Executors.newVirtualThreadPerTaskExecutor();
             ExecutorService cpu = Executors.newVirtualThreadPerTaskExecutor()) {
            for (String page : pages) {
                futures.put(page, io.submit(() -> {
                    permits.acquire();
                    String body;
                    try {
                        body = fetch.apply(page);
                    } finally {
                        permits.release();
                    }
                    return cpu.submit(() -> analyze.apply(body)).get();
                }));
            }
            for (var e : futures.entrySet()) {
                out.put(e.getKey(), e.getValue().get());
            }
        }
        return out;
    }

    /** Wrong: right shape, but the CPU pool is never closed. */
    static Map<String, Integer> cpuPoolNeverClosed(List<String> pages, Function<String, String> fetch,
            Function<String, Integer> analyze, int maxInFlight) throws Exception {
        ExecutorService cpu = Executors.newFixedThreadPool(1);
        Semaphore permits = new Semaphore(maxInFlight);
        Map<String, Future<Future<Integer>>> futures = new java.util.LinkedHashMap<>();
        Map<String, Integer> out = new java.util.HashMap<>();
        try (ExecutorService io = Executors.newVirtualThreadPerTaskExecutor()) {
            for (String page : pages) {
                futures.put(page, io.submit(() -> {
                    permits.acquire();
                    try {
                        String body = fetch.apply(page);
                        return cpu.submit(() -> analyze.apply(body));
                    } finally {
                        permits.release();
                    }
                }));
            }
            for (var e : futures.entrySet()) {
                out.put(e.getKey(), e.getValue().get().get());
            }
        }
        return out;
    }
}
