// about: the virtual-thread executor for fetching is never closed (the analysis pool is)
// answer: l09-crawl
// score: 5
// expect: never closed a thread-per-task executor
static Map<String, Integer> crawl(List<String> pages, Function<String, String> fetch,
                                  Function<String, Integer> analyze, int maxInFlight) throws Exception {
    Semaphore permits = new Semaphore(maxInFlight);
    ExecutorService io = Executors.newVirtualThreadPerTaskExecutor();
    try (ExecutorService cpu = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors())) {
        Map<String, Future<String>> bodies = new LinkedHashMap<>();
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
        Map<String, Future<Integer>> analyses = new LinkedHashMap<>();
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
