// about: supplyAsync without an executor: the reads wait on the common pool (or, with one core, on a new platform thread each)
// answer: l03-read-all
// score: 2
// expect: readAll ran its tasks on the shared ForkJoin common pool
static Map<String, Integer> readAll(List<String> sensors, Function<String, Integer> read) throws Exception {
    Map<String, CompletableFuture<Integer>> futures = new HashMap<>();
    for (String sensor : sensors) {
        futures.put(sensor, CompletableFuture.supplyAsync(() -> read.apply(sensor)));
    }
    CompletableFuture.allOf(futures.values().toArray(CompletableFuture[]::new)).join();
    Map<String, Integer> readings = new HashMap<>();
    futures.forEach((sensor, future) -> readings.put(sensor, future.join()));
    return readings;
}
