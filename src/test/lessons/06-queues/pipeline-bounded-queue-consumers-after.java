// about: a bounded queue filled before the consumers start: the producer waits in put() on a full queue for ever
// answer: l06-pipeline
// score: 0
// expect: no consumer had taken a single item yet
// expect: start the consumers first
static void pipeline(Iterator<String> source, int consumers, Consumer<String> handle) throws Exception {
    BlockingQueue<String> queue = new ArrayBlockingQueue<>(4);
    String pill = new String("end");
    while (source.hasNext()) {
        queue.put(source.next());
    }
    for (int i = 0; i < consumers; i++) {
        queue.put(pill);
    }
    try (ExecutorService pool = Executors.newFixedThreadPool(consumers)) {
        for (int i = 0; i < consumers; i++) {
            pool.submit(() -> {
                for (String item = queue.take(); item != pill; item = queue.take()) {
                    handle.accept(item);
                }
                return null;
            });
        }
    }
}
