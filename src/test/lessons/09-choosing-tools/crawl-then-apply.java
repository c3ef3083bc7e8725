// about: CompletableFuture stages with thenApply instead of thenApplyAsync: the analysis runs wherever the fetch finished (or on the caller)
// answer: l09-crawl
// score: 5
// expect: ran the analysis (CPU work) on th
static Map<String, Integer> crawl(List<String> pages, Function<String, String> fetch,
                                  Function<String, Integer> analyze, int maxInFlight) throws Exception {
    Semaphore permits = new Semaphore(maxInFlight);
    Map<String, CompletableFuture<Integer>> analyses = new LinkedHashMap<>();
    try (ExecutorService io = Executors.newVirtualThreadPerTaskExecutor()) {
        for (String page : pages) {
            analyses.put(page, CompletableFuture.supplyAsync(() -> {
                permits.acquireUninterruptibly();
                try {
                    return fetch.apply(page);
                } finally {
                    permits.release();
                }
            }, io).thenApply(analyze));
        }
        Map<String, Integer> results = new HashMap<>();
        for (var e : analyses.entrySet()) {
            results.put(e.getKey(), e.getValue().join());
        }
        return results;
    }
}
