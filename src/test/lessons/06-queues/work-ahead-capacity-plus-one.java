// about: a queue of capacity + 1 "so that the end marker has room": the producer can run one item further ahead than allowed
// answer: l06-work-ahead
// score: 3
// expect: not capacity + 1
static <T, R> List<R> workAhead(Iterator<T> source, int capacity, Function<T, R> work) throws Exception {
    BlockingQueue<Optional<T>> queue = new ArrayBlockingQueue<>(capacity + 1);
    Thread producer = Thread.ofPlatform().start(() -> {
        try {
            while (source.hasNext()) {
                queue.put(Optional.of(source.next()));
            }
            queue.put(Optional.empty());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    });
    List<R> results = new ArrayList<>();
    for (Optional<T> item = queue.take(); item.isPresent(); item = queue.take()) {
        results.add(work.apply(item.get()));
    }
    producer.join();
    return results;
}
