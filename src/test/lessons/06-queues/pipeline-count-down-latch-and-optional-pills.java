// about: right, another shape: a BlockingQueue<Optional<String>> with Optional.empty() as the pills, virtual threads, a CountDownLatch awaited
// answer: l06-pipeline
// score: 5
static void pipeline(Iterator<String> source, int consumers, Consumer<String> handle) throws Exception {
    BlockingQueue<Optional<String>> queue = new LinkedBlockingQueue<>(8);
    CountDownLatch ended = new CountDownLatch(consumers);
    for (int i = 0; i < consumers; i++) {
        Thread.ofVirtual().start(() -> {
            try {
                for (Optional<String> item = queue.take(); item.isPresent(); item = queue.take()) {
                    handle.accept(item.get());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                ended.countDown();
            }
        });
    }
    while (source.hasNext()) {
        queue.put(Optional.of(source.next()));
    }
    for (int i = 0; i < consumers; i++) {
        queue.put(Optional.empty());
    }
    ended.await();
}
