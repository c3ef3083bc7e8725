// about: bounded fetches on virtual threads, analysis on virtual threads too
// answer: l09-crawl
// score: 5
// expect: virtual threads: virtual threads are for waiting
static Map<String, Integer> crawl(List<String> pages, Function<String, String> fetch,
                                  Function<String, Integer> analyze, int maxInFlight) throws Exception {
    Semaphore permits = new Semaphore(maxInFlight);
    Map<String, Future<Integer>> analyses = new LinkedHashMap<>();
    try (ExecutorService io = Executors.newVirtualThreadPerTaskExecutor();
         ExecutorService cpu = Executors.newVirtualThreadPerTaskExecutor()) {
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
