// about: new Thread(...) per sensor, joined, into a ConcurrentHashMap: right, but on platform threads
// answer: l03-read-all
// score: 2
// expect: Run each read on a virtual thread
static Map<String, Integer> readAll(List<String> sensors, Function<String, Integer> read) throws Exception {
    Map<String, Integer> readings = new ConcurrentHashMap<>();
    List<Thread> threads = new ArrayList<>();
    for (String sensor : sensors) {
        Thread thread = new Thread(() -> readings.put(sensor, read.apply(sensor)));
        threads.add(thread);
        thread.start();
    }
    for (Thread thread : threads) {
        thread.join();
    }
    return readings;
}
