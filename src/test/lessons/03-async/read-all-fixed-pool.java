// about: a fixed pool of 100 platform threads for a thousand reads: a hundred at a time
// answer: l03-read-all
// score: 2
// expect: the 20 reads ran on 20 platform thread(s) (pool-
static Map<String, Integer> readAll(List<String> sensors, Function<String, Integer> read) throws Exception {
    try (ExecutorService executor = Executors.newFixedThreadPool(100)) {
        Map<String, Future<Integer>> futures = new LinkedHashMap<>();
        for (String sensor : sensors) {
            futures.put(sensor, executor.submit(() -> read.apply(sensor)));
        }
        Map<String, Integer> readings = new HashMap<>();
        for (var entry : futures.entrySet()) {
            readings.put(entry.getKey(), entry.getValue().get());
        }
        return readings;
    }
}
