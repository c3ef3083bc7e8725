// about: the virtual-thread executor is never closed
// answer: l03-read-all
// score: 4
// expect: readAll never closed a thread-per-task executor
static Map<String, Integer> readAll(List<String> sensors, Function<String, Integer> read) throws Exception {
    ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
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
