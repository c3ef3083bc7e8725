// about: the calling thread reads the source and a worker thread does the work
// answer: l06-work-ahead
// score: 4
// expect: read the source on the thread that called it
static <T, R> List<R> workAhead(Iterator<T> source, int capacity, Function<T, R> work) throws Exception {
    BlockingQueue<Optional<T>> queue = new ArrayBlockingQueue<>(capacity);
    List<R> results = new ArrayList<>();
    Thread worker = Thread.ofPlatform().start(() -> {
        try {
            for (Optional<T> item = queue.take(); item.isPresent(); item = queue.take()) {
                results.add(work.apply(item.get()));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    });
    while (source.hasNext()) {
        queue.put(Optional.of(source.next()));
    }
    queue.put(Optional.empty());
    worker.join();
    return results;
}
