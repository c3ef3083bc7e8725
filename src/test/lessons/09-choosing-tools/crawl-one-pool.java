// about: one pool of maxInFlight threads that fetches and then analyses on the same thread
// answer: l09-crawl
// score: 5
// expect: on threads that also fetched
static Map<String, Integer> crawl(List<String> pages, Function<String, String> fetch,
                                  Function<String, Integer> analyze, int maxInFlight) throws Exception {
    Map<String, Future<Integer>> analyses = new LinkedHashMap<>();
    try (ExecutorService pool = Executors.newFixedThreadPool(maxInFlight)) {
        for (String page : pages) {
            analyses.put(page, pool.submit(() -> analyze.apply(fetch.apply(page))));
        }
        Map<String, Integer> results = new HashMap<>();
        for (var e : analyses.entrySet()) {
            results.put(e.getKey(), e.getValue().get());
        }
        return results;
    }
}
