// about: a cheat on the bound: a virtual thread per page with no limit, paced by sleeping 200 ms after every maxInFlight starts, so that a quick fetch is over before the next batch starts
// answer: l09-crawl
// score: 4
static Map<String, Integer> crawl(List<String> pages, Function<String, String> fetch,
                                  Function<String, Integer> analyze, int maxInFlight) throws Exception {
    Map<String, Future<Integer>> analyses = new LinkedHashMap<>();
    try (ExecutorService io = Executors.newVirtualThreadPerTaskExecutor();
         ExecutorService cpu = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors())) {
        Map<String, Future<String>> bodies = new LinkedHashMap<>();
        int started = 0;
        for (String page : pages) {
            bodies.put(page, io.submit(() -> fetch.apply(page)));
            if (++started % maxInFlight == 0) {
                Thread.sleep(200);
            }
        }
        for (var entry : bodies.entrySet()) {
            String body = entry.getValue().get();
            analyses.put(entry.getKey(), cpu.submit(() -> analyze.apply(body)));
        }
        Map<String, Integer> results = new HashMap<>();
        for (var entry : analyses.entrySet()) {
            results.put(entry.getKey(), entry.getValue().get());
        }
        return results;
    }
}
