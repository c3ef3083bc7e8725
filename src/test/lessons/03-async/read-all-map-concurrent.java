// about: right, JDK 24 and later: Gatherers.mapConcurrent runs every read on a virtual thread, as many at once as asked
// answer: l03-read-all
// jdk: 24
// score: 5
static Map<String, Integer> readAll(List<String> sensors, Function<String, Integer> read) throws Exception {
    return sensors.stream()
            .gather(Gatherers.mapConcurrent(Math.max(1, sensors.size()), sensor -> Map.entry(sensor, read.apply(sensor))))
            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
}
