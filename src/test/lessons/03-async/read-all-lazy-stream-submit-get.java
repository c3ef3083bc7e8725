// about: a stream that submits and gets in one pipeline: streams are lazy, so each read is submitted only after the one before was got
// answer: l03-read-all
// score: 2
// expect: a stream is lazy
static Map<String, Integer> readAll(List<String> sensors, Function<String, Integer> read) throws Exception {
    try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
        return sensors.stream()
                .map(sensor -> Map.entry(sensor, executor.submit(() -> read.apply(sensor))))
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> {
                    try {
                        return entry.getValue().get();
                    } catch (Exception e) {
                        throw new RuntimeException(e);
                    }
                }));
    }
}
