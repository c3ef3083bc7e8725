// about: right, JDK 24 and later: Gatherers.mapConcurrent(maxInFlight) fetches on virtual threads, each body handed to a pool of cores
// answer: l09-crawl
// jdk: 24
// score: 6
static Map<String, Integer> crawl(List<String> pages, Function<String, String> fetch,
                                  Function<String, Integer> analyze, int maxInFlight) throws Exception {
    try (ExecutorService cpu = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors())) {
        List<Map.Entry<String, Future<Integer>>> analyses = pages.stream()
                .gather(Gatherers.mapConcurrent(maxInFlight, page -> Map.entry(page, fetch.apply(page))))
                .map(fetched -> Map.entry(fetched.getKey(), cpu.submit(() -> analyze.apply(fetched.getValue()))))
                .toList();
        Map<String, Integer> results = new HashMap<>();
        for (var e : analyses) {
            results.put(e.getKey(), e.getValue().get());
        }
        return results;
    }
}
