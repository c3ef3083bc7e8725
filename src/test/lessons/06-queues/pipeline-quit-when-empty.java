// about: consumers stop as soon as poll() finds the queue empty, before the producer is done
// answer: l06-pipeline
// score: 0
// expect: poll() returned null
static void pipeline(Iterator<String> source, int consumers, Consumer<String> handle) throws Exception {
    BlockingQueue<String> queue = new ArrayBlockingQueue<>(4);
    try (ExecutorService pool = Executors.newFixedThreadPool(consumers)) {
        for (int i = 0; i < consumers; i++) {
            pool.submit(() -> {
                for (String item = queue.poll(); item != null; item = queue.poll()) {
                    handle.accept(item);
                }
            });
        }
        while (source.hasNext()) {
            queue.put(source.next());
        }
    }
}
