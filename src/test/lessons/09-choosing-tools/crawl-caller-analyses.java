// about: bounded fetches on virtual threads, but every body analysed on the calling thread
// answer: l09-crawl
// score: 5
// expect: on the thread that called it
static Map<String, Integer> crawl(List<String> pages, Function<String, String> fetch,
                                  Function<String, Integer> analyze, int maxInFlight) throws Exception {
    Semaphore permits = new Semaphore(maxInFlight);
    Map<String, Future<String>> bodies = new LinkedHashMap<>();
    Map<String, Integer> results = new HashMap<>();
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
            results.put(e.getKey(), analyze.apply(e.getValue().get()));
        }
    }
    return results;
}
