// about: the analyses put their results into a ConcurrentHashMap from the pool, and crawl returns it without waiting for them
// answer: l09-crawl
// score: 4
// expect: returned before
static Map<String, Integer> crawl(List<String> pages, Function<String, String> fetch,
                                  Function<String, Integer> analyze, int maxInFlight) throws Exception {
    Semaphore permits = new Semaphore(maxInFlight);
    Map<String, Integer> results = new ConcurrentHashMap<>();
    ExecutorService cpu = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
    try (ExecutorService io = Executors.newVirtualThreadPerTaskExecutor()) {
        for (String page : pages) {
            io.submit(() -> {
                permits.acquire();
                String body;
                try {
                    body = fetch.apply(page);
                } finally {
                    permits.release();
                }
                cpu.submit(() -> results.put(page, analyze.apply(body)));
                return null;
            });
        }
    }
    cpu.shutdown();
    return results;
}
