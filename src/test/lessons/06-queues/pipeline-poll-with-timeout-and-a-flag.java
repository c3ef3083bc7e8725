// about: right, another shape: poll(50 ms) until a done flag is set and the queue is empty (no busy loop)
// answer: l06-pipeline
// score: 5
static void pipeline(Iterator<String> source, int consumers, Consumer<String> handle) throws Exception {
    BlockingQueue<String> queue = new SynchronousQueue<>();
    var done = new java.util.concurrent.atomic.AtomicBoolean();
    try (var pool = Executors.newFixedThreadPool(consumers)) {
        for (int i = 0; i < consumers; i++) {
            pool.execute(() -> {
                try {
                    while (true) {
                        String item = queue.poll(50, TimeUnit.MILLISECONDS);
                        if (item != null) {
                            handle.accept(item);
                        } else if (done.get()) {
                            return;
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }
        while (source.hasNext()) {
            queue.put(source.next());
        }
        done.set(true);
    }
}
