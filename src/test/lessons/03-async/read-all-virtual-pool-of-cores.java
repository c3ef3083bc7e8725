// about: virtual threads, but a fixed pool of one per core: only a few reads at a time
// answer: l03-read-all
// score: 2
// expect: and queues the rest. Give every task a thread of its own
static Map<String, Integer> readAll(List<String> sensors, Function<String, Integer> read) throws Exception {
    int cores = Runtime.getRuntime().availableProcessors();
    try (ExecutorService executor = Executors.newFixedThreadPool(cores, Thread.ofVirtual().factory())) {
        Map<String, Future<Integer>> futures = new HashMap<>();
        for (String sensor : sensors) {
            futures.put(sensor, executor.submit(() -> read.apply(sensor)));
        }
        Map<String, Integer> readings = new HashMap<>();
        for (String sensor : sensors) {
            readings.put(sensor, futures.get(sensor).get());
        }
        return readings;
    }
}
