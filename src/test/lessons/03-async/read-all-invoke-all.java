// about: right: invokeAll on a thread-per-task executor of virtual threads, results read from the futures
// answer: l03-read-all
// score: 5
static Map<String, Integer> readAll(List<String> sensors, Function<String, Integer> read) throws Exception {
    List<Callable<Integer>> reads = sensors.stream().map(s -> (Callable<Integer>) () -> read.apply(s)).toList();
    try (ExecutorService executor = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().factory())) {
        List<Future<Integer>> futures = executor.invokeAll(reads);
        Map<String, Integer> readings = new HashMap<>();
        for (int i = 0; i < sensors.size(); i++) {
            readings.put(sensors.get(i), futures.get(i).get());
        }
        return readings;
    }
}
