// about: waits for each fetch before starting the next (get() right after submit())
// answer: l09-crawl
// score: 4
// expect: never had more than 1 fetch in flight
static Map<String, Integer> crawl(List<String> pages, Function<String, String> fetch,
                                  Function<String, Integer> analyze, int maxInFlight) throws Exception {
    Map<String, Integer> results = new HashMap<>();
    try (ExecutorService io = Executors.newVirtualThreadPerTaskExecutor();
         ExecutorService cpu = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors())) {
        for (String page : pages) {
            String body = io.submit(() -> fetch.apply(page)).get();
            results.put(page, cpu.submit(() -> analyze.apply(body)).get());
        }
    }
    return results;
}
