// about: a LinkedBlockingQueue with no bound: the producer reads the whole source ahead of the work
// answer: l06-work-ahead
// score: 3
// expect: nothing held the producer back
static <T, R> List<R> workAhead(Iterator<T> source, int capacity, Function<T, R> work) throws Exception {
    BlockingQueue<Optional<T>> queue = new LinkedBlockingQueue<>();
    Thread producer = Thread.ofPlatform().start(() -> {
        source.forEachRemaining(item -> queue.add(Optional.of(item)));
        queue.add(Optional.empty());
    });
    List<R> results = new ArrayList<>();
    for (Optional<T> item = queue.take(); item.isPresent(); item = queue.take()) {
        results.add(work.apply(item.get()));
    }
    producer.join();
    return results;
}
