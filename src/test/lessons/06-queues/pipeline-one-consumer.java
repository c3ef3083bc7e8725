// about: a single consumer thread whatever consumers says
// answer: l06-pipeline
// score: 3
// expect: start 3 consumer threads
static void pipeline(Iterator<String> source, int consumers, Consumer<String> handle) throws Exception {
    BlockingQueue<String> queue = new LinkedBlockingQueue<>();
    Thread consumer = Thread.ofPlatform().start(() -> {
        try {
            for (String item = queue.take(); !item.equals("\u0000end"); item = queue.take()) {
                handle.accept(item);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    });
    while (source.hasNext()) {
        queue.put(source.next());
    }
    queue.put("\u0000end");
    consumer.join();
}
