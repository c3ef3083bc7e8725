// about: right, by hand: a platform thread per page behind a Semaphore, each handing its body to a pool of cores through a future; threads joined, pool closed
// answer: l09-crawl
// score: 6
static Map<String, Integer> crawl(List<String> pages, Function<String, String> fetch,
                                  Function<String, Integer> analyze, int maxInFlight) throws Exception {
    Semaphore permits = new Semaphore(maxInFlight);
    Map<String, Future<Integer>> analyses = new ConcurrentHashMap<>();
    try (ExecutorService cpu = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors())) {
        List<Thread> fetchers = new ArrayList<>();
        for (String page : pages) {
            fetchers.add(Thread.ofPlatform().start(() -> {
                permits.acquireUninterruptibly();
                String body;
                try {
                    body = fetch.apply(page);
                } finally {
                    permits.release();
                }
                analyses.put(page, cpu.submit(() -> analyze.apply(body)));
            }));
        }
        for (Thread fetcher : fetchers) {
            fetcher.join();
        }
        Map<String, Integer> results = new HashMap<>();
        for (var e : analyses.entrySet()) {
            results.put(e.getKey(), e.getValue().get());
        }
        return results;
    }
}
