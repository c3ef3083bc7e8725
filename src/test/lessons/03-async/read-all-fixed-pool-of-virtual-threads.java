// about: right, unusually: a fixed pool of virtual threads, as many as sensors, shut down after the gets
// answer: l03-read-all
// score: 5
static Map<String, Integer> readAll(List<String> sensors, Function<String, Integer> read) throws Exception {
    ExecutorService executor = Executors.newFixedThreadPool(Math.max(1, sensors.size()), Thread.ofVirtual().factory());
    try {
        Map<String, Future<Integer>> futures = new HashMap<>();
        for (String sensor : sensors) {
            futures.put(sensor, executor.submit(() -> read.apply(sensor)));
        }
        Map<String, Integer> readings = new HashMap<>();
        for (String sensor : sensors) {
            readings.put(sensor, futures.get(sensor).get());
        }
        return readings;
    } finally {
        executor.shutdown();
    }
}
