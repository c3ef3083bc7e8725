// about: right, another way: maxInFlight platform fetchers pull pages from one queue and push bodies to another, each ending with a poison pill
// answer: l09-crawl
// score: 6
static Map<String, Integer> crawl(List<String> pages, Function<String, String> fetch,
                                  Function<String, Integer> analyze, int maxInFlight) throws Exception {
    BlockingQueue<String> todo = new LinkedBlockingQueue<>(pages);
    BlockingQueue<List<String>> fetched = new LinkedBlockingQueue<>();
    List<String> pill = List.of();
    Map<String, Future<Integer>> analyses = new HashMap<>();
    try (ExecutorService io = Executors.newFixedThreadPool(maxInFlight);
         ExecutorService cpu = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors())) {
        for (int i = 0; i < maxInFlight; i++) {
            io.submit(() -> {
                try {
                    for (String page = todo.poll(); page != null; page = todo.poll()) {
                        fetched.put(List.of(page, fetch.apply(page)));
                    }
                } finally {
                    fetched.put(pill);
                }
                return null;
            });
        }
        int stopped = 0;
        while (stopped < maxInFlight) {
            List<String> item = fetched.take();
            if (item == pill) {
                stopped++;
            } else {
                analyses.put(item.get(0), cpu.submit(() -> analyze.apply(item.get(1))));
            }
        }
        Map<String, Integer> results = new HashMap<>();
        for (var e : analyses.entrySet()) {
            results.put(e.getKey(), e.getValue().get());
        }
        return results;
    }
}
