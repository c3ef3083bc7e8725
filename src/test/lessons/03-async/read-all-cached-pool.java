// about: a cached thread pool: all at once, but on a thousand platform threads
// answer: l03-read-all
// score: 2
// expect: reads ran on 20 platform thread(s)
static Map<String, Integer> readAll(List<String> sensors, Function<String, Integer> read) throws Exception {
    try (ExecutorService executor = Executors.newCachedThreadPool()) {
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
