// about: a new Semaphore(maxInFlight) made inside each fetch task: each page has its own, so nothing bounds the fetches
// answer: l09-crawl
// score: 4
// expect: but its limit (maxInFlight) was 3
static Map<String, Integer> crawl(List<String> pages, Function<String, String> fetch,
                                  Function<String, Integer> analyze, int maxInFlight) throws Exception {
    Map<String, Future<String>> bodies = new LinkedHashMap<>();
    Map<String, Future<Integer>> analyses = new LinkedHashMap<>();
    try (ExecutorService io = Executors.newVirtualThreadPerTaskExecutor();
         ExecutorService cpu = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors())) {
        for (String page : pages) {
            bodies.put(page, io.submit(() -> {
                Semaphore permits = new Semaphore(maxInFlight);
                permits.acquire();
                try {
                    return fetch.apply(page);
                } finally {
                    permits.release();
                }
            }));
        }
        for (var e : bodies.entrySet()) {
            String body = e.getValue().get();
            analyses.put(e.getKey(), cpu.submit(() -> analyze.apply(body)));
        }
        Map<String, Integer> results = new HashMap<>();
        for (var e : analyses.entrySet()) {
            results.put(e.getKey(), e.getValue().get());
        }
        return results;
    }
}
