// about: right, another way: CompletableFuture stages, fetch on virtual threads behind a semaphore, thenApplyAsync on a pool
// answer: l09-crawl
// score: 6
static Map<String, Integer> crawl(List<String> pages, Function<String, String> fetch,
                                  Function<String, Integer> analyze, int maxInFlight) throws Exception {
    Semaphore permits = new Semaphore(maxInFlight);
    Map<String, CompletableFuture<Integer>> analyses = new LinkedHashMap<>();
    try (ExecutorService io = Executors.newVirtualThreadPerTaskExecutor();
         ExecutorService cpu = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors())) {
        for (String page : pages) {
            analyses.put(page, CompletableFuture.supplyAsync(() -> {
                try {
                    permits.acquire();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new CancellationException("interrupted");
                }
                try {
                    return fetch.apply(page);
                } finally {
                    permits.release();
                }
            }, io).thenApplyAsync(analyze, cpu));
        }
        Map<String, Integer> results = new HashMap<>();
        for (var e : analyses.entrySet()) {
            results.put(e.getKey(), e.getValue().join());
        }
        return results;
    }
}
