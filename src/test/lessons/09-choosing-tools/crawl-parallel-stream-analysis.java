// about: bounded fetches on virtual threads, then the bodies analysed with a parallel stream, which also computes on the calling thread
// answer: l09-crawl
// score: 5
// expect: on the thread that called it
static Map<String, Integer> crawl(List<String> pages, Function<String, String> fetch,
                                  Function<String, Integer> analyze, int maxInFlight) throws Exception {
    Semaphore permits = new Semaphore(maxInFlight);
    Map<String, String> bodies = new ConcurrentHashMap<>();
    try (ExecutorService io = Executors.newVirtualThreadPerTaskExecutor()) {
        for (String page : pages) {
            io.submit(() -> {
                permits.acquire();
                try {
                    bodies.put(page, fetch.apply(page));
                } finally {
                    permits.release();
                }
                return null;
            });
        }
    }
    return bodies.entrySet().parallelStream()
            .collect(Collectors.toConcurrentMap(Map.Entry::getKey, e -> analyze.apply(e.getValue())));
}
