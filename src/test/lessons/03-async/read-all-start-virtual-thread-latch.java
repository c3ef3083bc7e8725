// about: right, another way: Thread.startVirtualThread per sensor, a CountDownLatch awaited, a ConcurrentHashMap
// answer: l03-read-all
// score: 5
static Map<String, Integer> readAll(List<String> sensors, Function<String, Integer> read) throws Exception {
    Map<String, Integer> readings = new ConcurrentHashMap<>();
    CountDownLatch done = new CountDownLatch(sensors.size());
    for (String sensor : sensors) {
        Thread.startVirtualThread(() -> {
            try {
                readings.put(sensor, read.apply(sensor));
            } finally {
                done.countDown();
            }
        });
    }
    done.await();
    return readings;
}
