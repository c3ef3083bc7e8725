// about: a virtual thread per sensor, but joined right after it starts: one read at a time
// answer: l03-read-all
// score: 2
// expect: did you call join() right after start()?
static Map<String, Integer> readAll(List<String> sensors, Function<String, Integer> read) throws Exception {
    Map<String, Integer> readings = new HashMap<>();
    for (String sensor : sensors) {
        Thread thread = Thread.ofVirtual().start(() -> readings.put(sensor, read.apply(sensor)));
        thread.join();
    }
    return readings;
}
