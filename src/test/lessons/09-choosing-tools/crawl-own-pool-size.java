// about: fetches on a pool of 2 threads whatever maxInFlight says
// answer: l09-crawl
// score: 4
// expect: not a number of your own
static Map<String, Integer> crawl(List<String> pages, Function<String, String> fetch,
                                  Function<String, Integer> analyze, int maxInFlight) throws Exception {
    Map<String, Future<String>> bodies = new LinkedHashMap<>();
    Map<String, Future<Integer>> analyses = new LinkedHashMap<>();
    try (ExecutorService io = Executors.newFixedThreadPool(2);
         ExecutorService cpu = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors())) {
        for (String page : pages) {
            bodies.put(page, io.submit(() -> fetch.apply(page)));
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
