// about: submit(...).get() in the loop: a virtual thread per read, but one at a time
// answer: l03-read-all
// score: 2
// expect: did you call get() right after submit()?
static Map<String, Integer> readAll(List<String> sensors, Function<String, Integer> read) throws Exception {
    Map<String, Integer> readings = new HashMap<>();
    try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
        for (String sensor : sensors) {
            readings.put(sensor, executor.submit(() -> read.apply(sensor)).get());
        }
    }
    return readings;
}
