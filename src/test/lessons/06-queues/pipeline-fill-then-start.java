// about: a LinkedBlockingQueue filled with every item (and the pills) before the consumers start: a batch
// answer: l06-pipeline
// score: 2
// expect: no consumer handled any of them
// expect: a batch, not a pipeline
// expect: no consumer was running while the producer was held
static void pipeline(Iterator<String> source, int consumers, Consumer<String> handle) throws Exception {
    BlockingQueue<String> queue = new LinkedBlockingQueue<>();
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
