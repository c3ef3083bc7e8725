// about: bounded fetches on virtual threads, analysis with thenApplyAsync without an executor: the common pool (or, on one core, a new thread per analysis)
// answer: l09-crawl
// score: 6
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
            }, io).thenApplyAsync(analyze));
        }
        Map<String, Integer> results = new HashMap<>();
        for (var e : analyses.entrySet()) {
            results.put(e.getKey(), e.getValue().join());
        }
        return results;
    }
}
