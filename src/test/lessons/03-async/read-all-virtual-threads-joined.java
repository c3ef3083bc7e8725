// about: right, another way: a virtual thread per sensor started by hand, all joined, into a ConcurrentHashMap
// answer: l03-read-all
// score: 5
static Map<String, Integer> readAll(List<String> sensors, Function<String, Integer> read) throws Exception {
    Map<String, Integer> readings = new ConcurrentHashMap<>();
    List<Thread> threads = new ArrayList<>();
    for (String sensor : sensors) {
        threads.add(Thread.ofVirtual().name("read ", 0).start(() -> readings.put(sensor, read.apply(sensor))));
    }
    for (Thread thread : threads) {
        thread.join();
    }
    return readings;
}
