// about: acquire() and release() right next to each other before the fetch: the permit guards nothing
// answer: l09-crawl
// score: 4
// expect: but its limit (maxInFlight) was 3
static Map<String, Integer> crawl(List<String> pages, Function<String, String> fetch,
                                  Function<String, Integer> analyze, int maxInFlight) throws Exception {
    Semaphore permits = new Semaphore(maxInFlight);
    Map<String, CompletableFuture<Integer>> analyses = new LinkedHashMap<>();
    try (ExecutorService io = Executors.newVirtualThreadPerTaskExecutor();
         ExecutorService cpu = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors())) {
        for (String page : pages) {
            analyses.put(page, CompletableFuture.supplyAsync(() -> {
                permits.acquireUninterruptibly();
                permits.release();
                return fetch.apply(page);
            }, io).thenApplyAsync(analyze, cpu));
        }
        Map<String, Integer> results = new HashMap<>();
        for (var e : analyses.entrySet()) {
            results.put(e.getKey(), e.getValue().join());
        }
        return results;
    }
}
