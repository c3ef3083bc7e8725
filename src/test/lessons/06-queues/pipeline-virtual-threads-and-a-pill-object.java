// about: right, another shape: virtual threads joined one by one, a BlockingQueue<Object> with a pill object
// answer: l06-pipeline
// score: 5
static void pipeline(Iterator<String> source, int consumers, Consumer<String> handle) throws Exception {
    BlockingQueue<Object> queue = new LinkedBlockingQueue<>();
    Object pill = new Object();
    Thread[] threads = new Thread[consumers];
    for (int i = 0; i < consumers; i++) {
        threads[i] = Thread.ofVirtual().start(() -> {
            try {
                Object item;
                while ((item = queue.take()) != pill) {
                    handle.accept((String) item);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }
    source.forEachRemaining(item -> queue.add(item));
    for (int i = 0; i < consumers; i++) {
        queue.put(pill);
    }
    for (Thread t : threads) {
        t.join();
    }
}
