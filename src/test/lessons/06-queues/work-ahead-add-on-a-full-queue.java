// about: add() instead of put(): on a full queue the producer dies of IllegalStateException("Queue full"), the caller waits for ever
// answer: l06-work-ahead
// score: 1
// expect: add() throws when the queue is full
// stderr: allowed
static <T, R> List<R> workAhead(Iterator<T> source, int capacity, Function<T, R> work) throws Exception {
    BlockingQueue<Optional<T>> queue = new ArrayBlockingQueue<>(capacity);
    Thread producer = Thread.ofPlatform().start(() -> {
        while (source.hasNext()) {
            queue.add(Optional.of(source.next()));
        }
        queue.add(Optional.empty());
    });
    List<R> results = new ArrayList<>();
    for (Optional<T> item = queue.take(); item.isPresent(); item = queue.take()) {
        results.add(work.apply(item.get()));
    }
    producer.join();
    return results;
}
