// about: starts a virtual thread per sensor but never joins them: returns before the reads are done
// answer: l03-read-all
// score: 3
// expect: readings for 500 sensors
// expect: did you forget join()?
static Map<String, Integer> readAll(List<String> sensors, Function<String, Integer> read) throws Exception {
    Map<String, Integer> readings = new ConcurrentHashMap<>();
    for (String sensor : sensors) {
        Thread.ofVirtual().start(() -> readings.put(sensor, read.apply(sensor)));
    }
    return readings;
}
